package dev.careeragent.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One-page PDFs of made-up text placed where a test says, for layout tests. */
final class MadeUpPdf {

    interface PageWriter {
        void write(PDPageContentStream c, PDType0Font regular, PDType0Font bold) throws IOException;
    }

    private MadeUpPdf() {
    }

    static byte[] pdf(PageWriter writer) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                writer.write(c, regular, bold);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    /** {@code text} set so that it ends at {@code right}. */
    static void rightAligned(PDPageContentStream c, PDType0Font font, float size, float right, float y, String text)
            throws IOException {
        text(c, font, size, right - font.getStringWidth(text) / 1000 * size, y, text);
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = MadeUpPdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(doc, in, true);
        }
    }
}
