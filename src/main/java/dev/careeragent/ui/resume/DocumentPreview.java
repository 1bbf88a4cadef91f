package dev.careeragent.ui.resume;

import dev.careeragent.resume.read.DocReader;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.DocxReader;
import dev.careeragent.resume.read.PdfPageImages;
import dev.careeragent.resume.read.TextLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** Shows PDF pages as images (at most {@value #MAX_PAGES}); other formats preview as their text. */
public final class DocumentPreview implements PreviewSource {

    static final int MAX_PAGES = 6;
    private static final float DPI = 110;

    private final String password;

    public DocumentPreview() {
        this(null);
    }

    /** For an encrypted PDF, the password it was imported with. */
    public DocumentPreview(String password) {
        this.password = password;
    }

    @Override
    public Preview render(byte[] bytes, String format) throws Exception {
        return switch (format) {
            case "PDF" -> pdf(bytes);
            case "DOCX" -> text(new DocxReader().read(bytes));
            case "DOC" -> text(new DocReader().read(bytes));
            default -> new Preview(List.of(), new String(bytes, StandardCharsets.UTF_8));
        };
    }

    private Preview pdf(byte[] bytes) throws Exception {
        return new Preview(PdfPageImages.render(bytes, password, MAX_PAGES, DPI).stream()
                .map(image -> (Image) SwingFXUtils.toFXImage(image, null)).toList(), "");
    }

    private static Preview text(DocumentText document) {
        return new Preview(List.of(), document.lines().stream().map(TextLine::text).map(t -> t.replace('\t', ' '))
                .collect(Collectors.joining("\n")));
    }
}
