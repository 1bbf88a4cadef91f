package dev.careeragent.resume.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the first pages of a PDF to images, for a preview of what the user imported. */
public final class PdfPageImages {

    private PdfPageImages() {
    }

    /** @param password the password an encrypted PDF was imported with, or null */
    public static List<BufferedImage> render(byte[] pdf, String password, int maxPages, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf, password == null ? "" : password)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(maxPages, document.getNumberOfPages()); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        }
    }
}
