package dev.careeragent.resume.read;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Web addresses of the link annotations at the top of a PDF: icon links (a LinkedIn or GitHub logo) carry their address only there,
 * not in the text. Mail and phone links are left out; their text is on the page.
 */
final class PdfLinks {

    private static final int MAX_LINKS = 20;

    private PdfLinks() {
    }

    /** The links in the top quarter of the first page, where a resume's contact line is. */
    static Set<String> of(PDDocument document) {
        Set<String> out = new LinkedHashSet<>();
        if (document.getNumberOfPages() > 0) {
            PDPage page = document.getPage(0);
            float top = page.getMediaBox().getUpperRightY() - page.getMediaBox().getHeight() / 4;
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                            && link.getRectangle() != null && link.getRectangle().getLowerLeftY() >= top
                            && uri.getURI() != null && uri.getURI().toLowerCase(Locale.ROOT).startsWith("http")
                            && out.size() < MAX_LINKS) {
                        out.add(uri.getURI().strip());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a page whose annotations cannot be read still gives its text
            }
        }
        return out;
    }
}
