package dev.careeragent.resume.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import dev.careeragent.resume.model.Resume;

/** Writes a resume as a single-column PDF with embedded DejaVu Sans, so every script in the font prints. */
public final class PdfExporter {

    private static final float MARGIN = 54;
    private static final float BULLET_INDENT = 12;

    private final ExportLayout layout = new ExportLayout();

    public byte[] export(Resume resume) {
        return export(layout.blocks(resume), resume.contact().name() == null ? "Resume" : resume.contact().name() + " - Resume");
    }

    /** Any laid-out blocks (a cover letter), with {@code title} in the document properties. */
    public byte[] export(List<Block> blocks, String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = load(document, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = load(document, "/fonts/DejaVuSans-Bold.ttf");
            try (Writer writer = new Writer(document, regular, bold)) {
                for (Block block : blocks) {
                    writer.write(block);
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfExporter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Lays blocks out top to bottom with manual wrapping, starting a new page when one is full. */
    private static final class Writer implements AutoCloseable {
        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void write(Block block) throws IOException {
            switch (block.type()) {
                case NAME -> lines(block.text(), bold, 20, 0, 4, "");
                case HEADLINE -> lines(block.text(), regular, 11, 0, 2, "");
                case CONTACT -> lines(block.text(), regular, 9.5f, 0, 2, "");
                case HEADING -> lines(block.text(), bold, 12.5f, 0, 12, "");
                case ENTRY_TITLE -> lines(block.text(), bold, 10.5f, 0, 7, "");
                case ENTRY_META -> lines(block.text(), regular, 10, 0, 1, "");
                case PARAGRAPH -> lines(block.text(), regular, 10, 0, 2, "");
                case BULLET -> lines(block.text(), regular, 10, BULLET_INDENT, 1, "• ");
            }
        }

        private void lines(String text, PDType0Font font, float size, float indent, float spaceBefore, String prefix)
                throws IOException {
            String printable = printable(text, font);
            List<String> wrapped = wrap(printable, font, size, width - indent);
            y -= spaceBefore;
            for (int i = 0; i < wrapped.size(); i++) {
                float lineHeight = size * 1.3f;
                if (y - lineHeight < MARGIN) {
                    newPage();
                }
                y -= lineHeight;
                float x = MARGIN + indent;
                if (i == 0 && !prefix.isEmpty()) {
                    show(prefix, font, size, x - font.getStringWidth(prefix) / 1000 * size);
                }
                show(wrapped.get(i), font, size, x);
            }
        }

        private void show(String text, PDType0Font font, float size, float x) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private static List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size <= maxWidth || line.length() == 0) {
                        line.setLength(0);
                        line.append(candidate);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        line.append(word);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** Characters the font has no glyph for become "?" instead of failing the whole export. */
        private static String printable(String text, PDType0Font font) {
            StringBuilder sb = new StringBuilder(text.length());
            text.replace('\t', ' ').codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    sb.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    sb.append('?');
                }
            });
            return sb.toString();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
