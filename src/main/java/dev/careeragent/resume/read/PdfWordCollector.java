package dev.careeragent.resume.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.careeragent.core.guard.ReadBudget;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lets PDFBox find the words (its spacing rules cope with LaTeX output that has no space glyphs) and keeps
 * each word's position, size and weight instead of flattening them into text.
 */
final class PdfWordCollector extends PDFTextStripper {

    private final List<PdfWord> words = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

    PdfWordCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        // Tighter than PDFBox's defaults: some fonts set word spaces narrower than PDFBox expects.
        setSpacingTolerance(0.3f);
        setAverageCharTolerance(0.2f);
    }

    List<PdfWord> collect(PDDocument document) throws IOException {
        words.clear();
        writeText(document, Writer.nullWriter());
        return List.copyOf(words);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        ReadBudget.check();
        super.processOperator(operator, operands);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        String visible = visibleText(text).strip();
        if (positions.isEmpty() || visible.isEmpty()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        float size = 0;
        int bold = 0;
        float baseline = first.getYDirAdj();
        for (TextPosition p : positions) {
            size = Math.max(size, p.getTextMatrix().getScalingFactorY());
            if (isBold(p.getFont())) {
                bold += p.getUnicode() == null ? 1 : p.getUnicode().length();
            }
        }
        words.add(new PdfWord(visible, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), baseline,
                Math.round(size * 10) / 10f, Math.min(bold, visible.length()), getCurrentPageNo()));
    }

    /** In a PDF a soft hyphen was printed, so it is a real hyphen; private-use glyphs are icons. */
    private static String visibleText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD') {
                out.append('-');
            } else if (c == '\t' || c == '\u00A0') {
                out.append(' ');
            } else if (c < '\uE000' || c > '\uF8FF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("semibold")
                    || name.contains("heavy") || name.matches(".*[-,+](bd|bx|demi)\\b.*") || name.contains("cmbx")) {
                return true;
            }
            PDFontDescriptor descriptor = f.getFontDescriptor();
            return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
        });
    }
}
