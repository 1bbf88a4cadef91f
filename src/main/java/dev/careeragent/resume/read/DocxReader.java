package dev.careeragent.resume.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import dev.careeragent.core.guard.ReadBudget;
import dev.careeragent.resume.read.ResumeImportException.Kind;
import dev.careeragent.resume.read.TextLine.Region;

/** Reads a Word .docx into lines: paragraphs with style, weight and size; tables; headers and footers. */
public final class DocxReader {

    private static final float DEFAULT_SIZE = 11f;
    /** Tables inside tables deeper than this are layout tricks, not content; their text is skipped. */
    private static final int MAX_TABLE_DEPTH = 8;

    public DocumentText read(byte[] bytes) throws ResumeImportException {
        PoiLimits.apply();
        PoiLimits.checkBodySize(bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<TextLine> lines = new ArrayList<>();
            List<ParseRisk> risks = new ArrayList<>();
            boolean boxes = doc.getDocument().getBody().xmlText().contains("txbxContent");
            boolean headerText = false;
            for (XWPFHeaderFooter header : doc.getHeaderList()) {
                headerText |= addMargin(doc, header, Region.HEADER, lines, boxes);
            }
            boolean tables = false;
            boolean[] blank = {false};
            for (IBodyElement element : ContentControls.expand(doc.getBodyElements(),
                    doc.getDocument().getBody().getSdtList(), doc)) {
                if (lines.size() > DocumentText.MAX_LINES) {
                    throw DocumentText.tooManyLines(lines.size());
                }
                if (element instanceof XWPFParagraph p) {
                    addParagraph(doc, p, Region.BODY, lines, blank, boxes);
                } else if (element instanceof XWPFTable table) {
                    tables = true;
                    addTable(doc, table, lines, blank, boxes, 1);
                }
            }
            for (XWPFHeaderFooter footer : doc.getFooterList()) {
                headerText |= addMargin(doc, footer, Region.FOOTER, lines, boxes);
            }
            if (tables) {
                risks.add(new ParseRisk(ParseRisk.Kind.TABLES, "The document uses tables; applicant tracking "
                        + "systems often read table cells in the wrong order or skip them."));
            }
            if (headerText) {
                risks.add(new ParseRisk(ParseRisk.Kind.HEADER_FOOTER_TEXT, "Some text sits in the page header or "
                        + "footer, which many applicant tracking systems ignore."));
            }
            if (!doc.getAllPictures().isEmpty()) {
                risks.add(new ParseRisk(ParseRisk.Kind.IMAGES, "The document contains images; text inside images "
                        + "cannot be read by applicant tracking systems."));
            }
            if (boxes) {
                risks.add(new ParseRisk(ParseRisk.Kind.TEXT_BOXES, "The document uses text boxes; their text is "
                        + "often lost by applicant tracking systems."));
            }
            return new DocumentText(ResumeFormat.DOCX, lines, pageCount(doc), risks);
        } catch (ReadBudget.BudgetExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (PoiLimits.isZipBomb(e)) {
                throw PoiLimits.zipBomb(e);
            }
            if (!hasZipDirectory(bytes)) {
                throw new ResumeImportException(Kind.TRUNCATED, "This Word document is incomplete (the file is cut"
                        + " off, maybe an interrupted download or copy). Please get a complete copy of the file.", e);
            }
            throw new ResumeImportException(Kind.CORRUPT, "This Word document is damaged and cannot be read. Please"
                    + " open it in Word or LibreOffice, save it again, and import the new file.", e);
        }
    }

    /** The page count Word saved in the file's properties; 1 when the file does not say. */
    private static int pageCount(XWPFDocument doc) {
        try {
            return Math.max(1, doc.getProperties().getExtendedProperties().getPages());
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** A complete ZIP file ends with its central directory record ("PK\\5\\6"). */
    private static boolean hasZipDirectory(byte[] bytes) {
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** A page header or footer: its paragraphs and its tables (templates lay the name and contacts out in one). */
    private boolean addMargin(XWPFDocument doc, XWPFHeaderFooter margin, Region region, List<TextLine> lines,
                              boolean boxes) {
        int before = lines.size();
        boolean[] blank = {false};
        for (IBodyElement element : ContentControls.expand(margin.getBodyElements(), margin._getHdrFtr().getSdtList(),
                margin)) {
            if (element instanceof XWPFParagraph p) {
                addParagraph(doc, p, region, lines, blank, boxes);
            } else if (element instanceof XWPFTable table) {
                int from = lines.size();
                addTable(doc, table, lines, blank, boxes, 1);
                for (int i = from; i < lines.size(); i++) {
                    TextLine cell = lines.get(i);
                    lines.set(i, new TextLine(cell.text(), cell.x(), cell.y(), cell.right(), cell.fontSize(),
                            cell.bold(), cell.page(), region, cell.gapBefore(), cell.styledHeading()));
                }
            }
        }
        return lines.size() > before;
    }

    private void addTable(XWPFDocument doc, XWPFTable table, List<TextLine> lines, boolean[] blank, boolean boxes,
                          int depth) {
        if (depth > MAX_TABLE_DEPTH) {
            return;
        }
        for (XWPFTableRow row : table.getRows()) {
            ReadBudget.check();
            List<XWPFTableCell> cells = row.getTableCells();
            boolean simpleRow = cells.stream().allMatch(c -> c.getCTTc().sizeOfSdtArray() == 0 && c.getParagraphs().stream()
                    .filter(p -> !p.getText().isBlank()).count() <= 1
                    && c.getParagraphs().stream().noneMatch(p -> p.getText().strip().contains("\n")));
            String headerRow = simpleRow ? null : HeaderRows.joined(cells.stream().map(c -> c.getCTTc().sizeOfSdtArray() > 0
                    ? List.<String>of("", "", "", "") : c.getParagraphs().stream().map(DocxReader::paragraphText)
                    .filter(t -> !t.isBlank()).toList()).toList());
            if (headerRow != null) {
                XWPFParagraph first = cells.stream().flatMap(c -> c.getParagraphs().stream())
                        .filter(p -> !p.getText().isBlank()).findFirst().orElseThrow();
                lines.add(line(doc, first, headerRow, Region.TABLE, blank[0]));
                blank[0] = false;
            } else if (simpleRow) {
                List<String> texts = new ArrayList<>();
                XWPFParagraph first = null;
                for (XWPFTableCell cell : cells) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        if (!p.getText().isBlank()) {
                            texts.add(paragraphText(p));
                            first = first == null ? p : first;
                        }
                    }
                }
                if (first != null) {
                    lines.add(line(doc, first, String.join("\t", texts), Region.TABLE, blank[0]));
                    blank[0] = false;
                }
            } else {
                for (XWPFTableCell cell : cells) {
                    for (IBodyElement element : ContentControls.expand(cell.getBodyElements(),
                            cell.getCTTc().getSdtList(), cell)) {
                        if (element instanceof XWPFParagraph p) {
                            addParagraph(doc, p, Region.TABLE, lines, blank, boxes);
                        } else if (element instanceof XWPFTable nested) {
                            addTable(doc, nested, lines, blank, boxes, depth + 1);
                        }
                    }
                }
            }
            addControlCells(row, lines);
        }
    }

    /** Cells wrapped whole in a content control (a template's bound "email" field) are not among the row's cells. */
    private static void addControlCells(XWPFTableRow row, List<TextLine> lines) {
        for (ICell cell : row.getTableICells()) {
            if (cell instanceof XWPFSDTCell control) {
                for (String part : control.getContent().getText().split("[\\n\\u000B]")) {
                    String text = TextCleaner.clean(part);
                    if (!text.isEmpty()) {
                        lines.add(TextLine.plain(text, DEFAULT_SIZE, false, Region.TABLE, false, false));
                    }
                }
            }
        }
    }

    private void addParagraph(XWPFDocument doc, XWPFParagraph p, Region region, List<TextLine> lines,
                              boolean[] blank, boolean boxes) {
        ReadBudget.check();
        String text = paragraphText(p);
        if (text.isBlank()) {
            blank[0] = true;
            if (boxes) {
                TextBoxes.paragraphs(p).forEach(boxed -> addParagraph(doc, boxed, region, lines, blank, true));
            }
            return;
        }
        for (String part : text.split("[\\n\\u000B]")) {
            if (!part.isBlank()) {
                lines.add(line(doc, p, part, region, blank[0] || p.getSpacingBefore() >= 120));
                blank[0] = false;
            }
        }
        if (boxes) {
            TextBoxes.paragraphs(p).forEach(boxed -> addParagraph(doc, boxed, region, lines, blank, true));
        }
    }

    /**
     * The paragraph's text; symbol-font characters (Wingdings bullets used as separators) and icons set inline
     * between runs ("name@mail.com [pin] Lyon") become " | ".
     */
    private static String paragraphText(XWPFParagraph p) {
        StringBuilder raw = new StringBuilder();
        for (IRunElement element : p.getIRuns()) {
            if (element instanceof XWPFRun run) {
                if (run.getCTR().sizeOfSymArray() > 0 || run.getCTR().sizeOfDrawingArray() > 0 && !raw.isEmpty()) {
                    raw.append(" | ");
                }
                raw.append(run.text());
            } else if (element instanceof XWPFSDT sdt) {
                raw.append(sdt.getContent().getText());
            }
        }
        // a line break inside the paragraph (<w:br/>, "ali nadi" over "C++ Programmer") keeps its lines apart
        String text = java.util.Arrays.stream(raw.toString().split("[\\n\\u000B]")).map(TextCleaner::clean)
                .filter(part -> !part.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
        boolean listItem = p.getNumID() != null && !text.isEmpty();
        return listItem ? "• " + text : text;
    }

    private TextLine line(XWPFDocument doc, XWPFParagraph p, String text, Region region, boolean gap) {
        int chars = 0;
        int bold = 0;
        double size = 0;
        XWPFStyle style = p.getStyleID() == null ? null : doc.getStyles().getStyle(p.getStyleID());
        String styleName = style == null ? "" : style.getName().toLowerCase(Locale.ROOT);
        boolean styleBold = style != null && style.getCTStyle().getRPr() != null
                && !style.getCTStyle().getRPr().getBList().isEmpty();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            int n = t == null ? 0 : t.strip().length();
            chars += n;
            if (run.isBold() || (styleBold && run.getCTR().getRPr() == null)) {
                bold += n;
            }
            Double runSize = run.getFontSizeAsDouble();
            if (runSize != null && n > 0) {
                size = Math.max(size, runSize);
            }
        }
        if (size == 0) {
            size = styleSize(style);
        }
        boolean heading = styleName.startsWith("heading") || styleName.equals("title")
                || styleName.contains("überschrift") || styleName.startsWith("titre");
        return TextLine.plain(text, (float) size, chars > 0 && bold * 10 >= chars * 6, region, gap, heading);
    }

    private static float styleSize(XWPFStyle style) {
        if (style != null && style.getCTStyle().getRPr() != null && !style.getCTStyle().getRPr().getSzList().isEmpty()) {
            Object value = style.getCTStyle().getRPr().getSzArray(0).getVal();
            try {
                return Float.parseFloat(String.valueOf(value)) / 2f;
            } catch (NumberFormatException e) {
                return DEFAULT_SIZE;
            }
        }
        return DEFAULT_SIZE;
    }
}
