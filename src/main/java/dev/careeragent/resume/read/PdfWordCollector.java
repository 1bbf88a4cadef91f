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
 * Lets PDFBox collect each page's glyphs (positions, fonts, duplicates suppressed) and builds words from them with
 * {@link GlyphWords}, keeping each word's position, size and weight instead of flattening them into text.
 */
final class PdfWordCollector extends PDFTextStripper {

    private final List<PdfWord> words = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

    PdfWordCollector() {
        setSuppressDuplicateOverlappingText(true);
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

    /** PDFBox has collected the page's glyphs; the words are built from them here, not from its line grouping. */
    @Override
    protected void writePage() {
        List<GlyphWords.Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                String text = p.getUnicode() == null ? "" : visibleText(p.getUnicode());
                if (!text.isEmpty()) {
                    glyphs.add(new GlyphWords.Glyph(text, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                            p.getYDirAdj(), p.getTextMatrix().getScalingFactorY(), p.getWidthOfSpace(),
                            isBold(p.getFont()), p.getDir()));
                }
            }
        }
        words.addAll(GlyphWords.words(glyphs, getCurrentPageNo()));
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
