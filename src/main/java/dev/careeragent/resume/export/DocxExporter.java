package dev.careeragent.resume.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import dev.careeragent.resume.model.Resume;

/** Writes a resume as a plain single-column Word document: no tables, text boxes, headers or images. */
public final class DocxExporter {

    private static final String FONT = "Arial";

    private final ExportLayout layout = new ExportLayout();

    public byte[] export(Resume resume) {
        return export(layout.blocks(resume), resume.contact().name() == null ? "Resume" : resume.contact().name() + " - Resume");
    }

    /** Any laid-out blocks (a cover letter), with {@code title} in the document properties. */
    public byte[] export(List<Block> blocks, String title) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks) {
                switch (block.type()) {
                    case NAME -> paragraph(doc, block.text(), 20, true, 0);
                    case HEADLINE, CONTACT -> paragraph(doc, block.text(), 10, false, 0);
                    case HEADING -> paragraph(doc, block.text(), 13, true, 240);
                    case ENTRY_TITLE -> paragraph(doc, block.text(), 11, true, 140);
                    case ENTRY_META, PARAGRAPH -> paragraph(doc, block.text(), 10, false, 0);
                    case BULLET -> paragraph(doc, "• " + block.text(), 10, false, 0).setIndentationHanging(180);
                }
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, int spaceBefore) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(spaceBefore);
        p.setSpacingAfter(0);
        String[] lines = text.split("\n");
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i].replace('\t', ' '), i);
        }
        return p;
    }
}
