package dev.careeragent.resume.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a page's words from its glyphs: glyphs on one baseline, in x order, split at word gaps. PDFBox's own
 * grouping takes two lines whose glyph boxes overlap (tight leading, fonts with tall boxes, a sidebar beside a
 * column) for one line and sorts their letters together ("Fantastic" over "and some" came out "Faanndtsa...");
 * here a glyph only ever joins glyphs of its own baseline. A glyph printed twice at nearly the same place
 * (bold by overprinting, a shadow) is read once.
 */
final class GlyphWords {

    /**
     * One glyph as printed: {@code y} is its baseline (growing down the page), {@code space} the width of a space
     * in its font (0 when unknown), {@code dir} the text direction in degrees.
     */
    record Glyph(String text, float x, float right, float y, float size, float space, boolean bold, float dir) {

        boolean blank() {
            return text.isBlank();
        }

        float charWidth() {
            return (right - x) / Math.max(1, text.length());
        }
    }

    /** Same tolerances PDFBox uses with this reader's settings: a gap wider than either is a word space. */
    private static final float SPACE_TOLERANCE = 0.3f;
    private static final float CHAR_TOLERANCE = 0.2f;
    /** Baselines closer than this share of the font size are one line (superscripts included); lines are ~1.2 apart. */
    private static final float SAME_BASELINE = 0.35f;
    private static final float OVERHANG_GAP = 0.15f;
    /**
     * No word space is narrower than this share of the font size (a justified line shrinks spaces to about a fifth);
     * narrow letters whose advance the font gives too small ("Limi ted", "Retai l") leave smaller gaps than that.
     */
    private static final float LEAST_WORD_SPACE = 0.1f;

    private GlyphWords() {
    }

    static List<PdfWord> words(List<Glyph> glyphs, int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::dir).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<PdfWord> words = new ArrayList<>();
        int start = 0;
        float lineSize = 0;
        for (int i = 0; i <= sorted.size(); i++) {
            Glyph next = i == sorted.size() ? null : sorted.get(i);
            Glyph first = sorted.isEmpty() ? null : sorted.get(start);
            if (next != null && next.dir() == first.dir()
                    && next.y() - first.y() <= SAME_BASELINE * Math.max(lineSize, next.size())) {
                lineSize = Math.max(lineSize, next.size());
                continue;
            }
            if (i > start) {
                List<Glyph> line = new ArrayList<>(sorted.subList(start, i));
                line.sort(Comparator.comparingDouble(Glyph::x));
                split(dedupe(line), page, words);
            }
            start = i;
            lineSize = next == null ? 0 : next.size();
        }
        return attachScripts(words);
    }

    /**
     * A superscript or subscript ("2nd", "Word®") sits off the baseline in a smaller font: it is joined to the word it
     * touches instead of standing as a line of its own.
     */
    private static List<PdfWord> attachScripts(List<PdfWord> words) {
        List<PdfWord> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            PdfWord script = out.get(i);
            if (script.length() > 3) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                PdfWord base = out.get(j);
                if (j != i && script.fontSize() < 0.85f * base.fontSize() && script.y() != base.y()
                        && Math.abs(script.y() - base.y()) < 0.6f * base.fontSize()
                        && Math.abs(script.x() - base.right()) < 0.25f * base.fontSize()) {
                    out.set(j, new PdfWord(base.text() + script.text(), base.x(), script.right(), base.y(),
                            base.fontSize(), base.boldChars() + Math.min(script.boldChars(), script.length()), base.page()));
                    out.remove(i--);
                    break;
                }
            }
        }
        return out;
    }

    /** Drops a glyph that repeats the one before it at nearly the same place (overprinted bold, drop shadows). */
    private static List<Glyph> dedupe(List<Glyph> line) {
        List<Glyph> kept = new ArrayList<>(line.size());
        for (Glyph g : line) {
            Glyph last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean repeat = last != null && !g.blank() && g.text().equals(last.text())
                    && Math.abs(g.x() - last.x()) < 0.4f * Math.max(last.charWidth(), 0.1f)
                    && Math.abs(g.y() - last.y()) < 0.2f * Math.max(last.size(), 1f);
            if (!repeat) {
                kept.add(g);
            }
        }
        return kept;
    }

    private static void split(List<Glyph> line, int page, List<PdfWord> words) {
        List<Glyph> word = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line) {
            if (g.blank()) {
                flush(word, page, words);
                previous = null;
                continue;
            }
            if (previous != null && g.x() - previous.right() > wordGap(previous, g)) {
                flush(word, page, words);
            }
            word.add(g);
            previous = g;
        }
        flush(word, page, words);
    }

    private static float wordGap(Glyph a, Glyph b) {
        float byChars = CHAR_TOLERANCE * (a.charWidth() + b.charWidth()) / 2;
        float space = (a.space() + b.space()) / 2;
        float gap = Math.max(LEAST_WORD_SPACE * Math.min(a.size(), b.size()),
                space > 0 && Float.isFinite(space) ? Math.min(SPACE_TOLERANCE * space, byChars) : byChars);
        return overhangs(a) && !b.text().isEmpty() && Character.isLowerCase(b.text().codePointAt(0))
                ? Math.max(gap, OVERHANG_GAP * a.size()) : gap;
    }

    /**
     * An "f" (or an f-ligature) is drawn wider than the advance some fonts give it, so the next letter can sit a
     * little apart: "Pacif ic", "certif ied". A gap under this share of the font size after it is no word space.
     */
    private static boolean overhangs(Glyph g) {
        char last = g.text().charAt(g.text().length() - 1);
        return last == 'f' || (last >= '\uFB00' && last <= '\uFB06');
    }

    private static void flush(List<Glyph> word, int page, List<PdfWord> words) {
        if (word.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        float size = 0;
        int bold = 0;
        for (Glyph g : word) {
            text.append(g.text());
            size = Math.max(size, g.size());
            bold += g.bold() ? g.text().length() : 0;
        }
        Glyph first = word.get(0);
        words.add(new PdfWord(text.toString(), first.x(), word.get(word.size() - 1).right(), first.y(),
                Math.round(size * 10) / 10f, Math.min(bold, text.length()), page));
        word.clear();
    }
}
