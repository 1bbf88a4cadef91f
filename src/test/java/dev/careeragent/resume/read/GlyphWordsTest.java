package dev.careeragent.resume.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Words from positioned glyphs: one baseline per word, x order, overprints read once, scripts kept on their word. */
class GlyphWordsTest {

    private static final float SIZE = 10;
    private static final float ADVANCE = 6;

    @Test
    void twoLinesWhoseGlyphBoxesOverlapAreNeverInterleaved() {
        List<GlyphWords.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(line("Fantastic Achievements", 50, 100));
        glyphs.addAll(line("and some detail about it", 50, 106)); // 0.6 of the font size below: boxes overlap
        List<String> words = GlyphWords.words(shuffled(glyphs), 1).stream().map(PdfWord::text).toList();

        assertThat(words).containsExactly("Fantastic", "Achievements", "and", "some", "detail", "about", "it");
    }

    @Test
    void aGlyphPrintedTwiceAtNearlyTheSamePlaceIsReadOnce() {
        List<GlyphWords.Glyph> glyphs = new ArrayList<>(line("Address", 50, 100));
        glyphs.addAll(line("Address", 50.8f, 100.2f)); // bold by overprinting, a shadow
        glyphs.addAll(line("Current job", 50, 120));
        List<String> words = GlyphWords.words(glyphs, 1).stream().map(PdfWord::text).toList();

        assertThat(words).containsExactly("Address", "Current", "job");
    }

    @Test
    void realDoubleLettersAreKept() {
        assertThat(GlyphWords.words(line("Committee", 50, 100), 1)).extracting(PdfWord::text).containsExactly("Committee");
    }

    @Test
    void aSuperscriptStaysWithItsWord() {
        List<GlyphWords.Glyph> glyphs = new ArrayList<>(line("2", 50, 100));
        glyphs.add(new GlyphWords.Glyph("n", 56, 60, 96, 6, 2, false, 0));
        glyphs.add(new GlyphWords.Glyph("d", 60, 64, 96, 6, 2, false, 0));
        glyphs.addAll(line("Runner-up", 68, 100));
        List<String> words = GlyphWords.words(glyphs, 1).stream().map(PdfWord::text).toList();

        assertThat(words).containsExactly("2nd", "Runner-up");
    }

    @Test
    void wordsSplitAtGapsEvenWithoutSpaceGlyphs() {
        List<GlyphWords.Glyph> glyphs = new ArrayList<>(line("Senior", 50, 100));
        glyphs.addAll(line("Accountant", 50 + 6 * ADVANCE + 3, 100)); // LaTeX output: no space glyph, only a gap
        assertThat(GlyphWords.words(glyphs, 1)).extracting(PdfWord::text).containsExactly("Senior", "Accountant");
    }

    @Test
    void aNarrowLetterWhoseAdvanceIsTooSmallLeavesNoWordSpace() {
        // Arial "i" and "t" in an 11 pt line, each placed 0.6 pt after where the font's widths end ("Limi ted")
        List<GlyphWords.Glyph> glyphs = new ArrayList<>();
        float[][] boxes = {{0, 2.45f}, {3.05f, 5.5f}, {6.1f, 8.55f}, {9.15f, 11.6f}, {12.2f, 15.26f}, {15.86f, 22f},
            {22f, 28.14f}};
        String letters = "Limited";
        for (int i = 0; i < letters.length(); i++) {
            glyphs.add(new GlyphWords.Glyph(letters.substring(i, i + 1), 50 + boxes[i][0], 50 + boxes[i][1], 100, 11.1f,
                    6.45f, false, 0));
        }
        glyphs.addAll(line("Team", 84.6f, 100));
        assertThat(GlyphWords.words(glyphs, 1)).extracting(PdfWord::text).containsExactly("Limited", "Team");
    }

    /** One glyph a letter, {@link #ADVANCE} apart; a space is a blank glyph. */
    private static List<GlyphWords.Glyph> line(String text, float x, float y) {
        List<GlyphWords.Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            float left = x + i * ADVANCE;
            glyphs.add(new GlyphWords.Glyph(String.valueOf(text.charAt(i)), left, left + ADVANCE - 0.5f, y, SIZE, 3,
                    false, 0));
        }
        return glyphs;
    }

    private static List<GlyphWords.Glyph> shuffled(List<GlyphWords.Glyph> glyphs) {
        List<GlyphWords.Glyph> out = new ArrayList<>(glyphs);
        java.util.Collections.shuffle(out, new java.util.Random(7));
        return out;
    }
}
