package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.careeragent.resume.read.TextLine;

/**
 * Finds section headings. Known heading words with any visual cue are certain; their look (size, weight,
 * capitals) then identifies the document's other headings, so unknown sections are found and kept.
 */
final class HeadingDetector {

    private record Style(float size, boolean bold, boolean caps) {
    }

    /** A heading's number in templates that count their sections ("02 EMPLOYMENT HISTORY", "3. Education"). */
    static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^(?:\\d{1,2}|[IVX]{1,4})[.)]?\\s+(?=\\p{L})");

    /** A heading set in brackets, a form's way of marking its sections ("[경력사항]", "【学歴】"). */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("^[\\[【]\\s*([^\\]】]{2,40}?)\\s*[\\]】]$");
    /** Scripts written without capitals, whose words are short: Hangul, Han ideographs, kana. */
    static final java.util.regex.Pattern CASELESS = java.util.regex.Pattern.compile("^[\\p{IsHangul}\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private final DateParser dates;

    HeadingDetector(DateParser dates) {
        this.dates = dates;
    }

    /** Indexes of heading lines in {@code lines}. */
    List<Integer> find(List<TextLine> lines) {
        float body = bodySize(lines);
        List<Integer> headings = new ArrayList<>();
        List<Style> styles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean known = SectionVocabulary.kindOf(line.text()).isPresent()
                    || SectionVocabulary.isContactHeading(line.text());
            boolean look = line.styledHeading() || line.bold() || caps(line.text()) || line.fontSize() > body * 1.1f;
            boolean cue = look || line.text().strip().endsWith(":") || line.gapBefore();
            // an icon before a known heading ("• Employment History") needs the heading's look, not just a gap
            boolean iconHeading = known && look && !line.text().isBlank() && !Character.isLetter(line.text().strip().charAt(0));
            if (!shortLabel(line) && !iconHeading) {
                continue;
            }
            if (known && cue) {
                headings.add(i);
                styles.add(new Style(line.fontSize(), line.bold(), caps(line.text())));
            }
        }
        int firstKnown = headings.isEmpty() ? lines.size() : headings.get(0);
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (headings.contains(i) || !shortLabel(line)) {
                continue;
            }
            boolean visual = line.styledHeading() || caps(line.text()) || line.fontSize() > body * 1.1f;
            boolean sameLook = styles.stream().anyMatch(s -> Math.abs(s.size() - line.fontSize()) < 0.35f
                    && s.bold() == line.bold() && (s.caps() == caps(line.text()) || !s.caps()));
            boolean fallback = styles.isEmpty() && i > 0 && (line.styledHeading()
                    || (line.fontSize() >= body * 1.2f && (line.bold() || caps(line.text())))
                    || (caps(line.text()) && line.bold()));
            if ((sameLook && visual && (i > firstKnown || line.fontSize() > body * 1.1f)) || fallback) {
                headings.add(i);
            }
        }
        if (headings.isEmpty()) {
            headings.addAll(plainHeadings(lines));
        }
        headings.sort(null);
        return headings;
    }

    /**
     * A document whose headings have no look of their own (same size, weight and spacing as the text): its known
     * headings standing alone on short lines, when there are at least two of them.
     */
    private List<Integer> plainHeadings(List<TextLine> lines) {
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (shortLabel(lines.get(i)) && Character.isUpperCase(text.codePointAt(0))
                    && SectionVocabulary.kindOf(text).isPresent()) {
                found.add(i);
            }
        }
        return found.size() >= 2 ? found : List.of();
    }

    private boolean shortLabel(TextLine line) {
        String t = SectionVocabulary.withoutTotalDuration(NUMBERING.matcher(BRACKETED.matcher(line.text().strip())
                .replaceFirst("$1")).replaceFirst(""));
        if (line.region() != TextLine.Region.BODY && line.region() != TextLine.Region.TABLE) {
            return false;
        }
        int longest = line.styledHeading() ? 90 : 50; // marked up as a heading (Markdown "##", a Word heading style)
        int shortest = CASELESS.matcher(t).find() ? 2 : 3; // "경력", "学歴": two syllables make a heading
        if (t.contains("\t") || t.length() > longest || t.length() < shortest || ItemBuilder.BULLET.matcher(t).find()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || t.contains("@") || t.chars().anyMatch(Character::isDigit)
                || t.chars().filter(c -> c == ' ').count() > (line.styledHeading() ? 10 : 5)) {
            return false;
        }
        return dates.find(t).isEmpty() && Character.isLetter(t.codePointAt(0));
    }

    static boolean caps(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 3 && upper == letters;
    }

    /** The font size most characters have. */
    static float bodySize(List<TextLine> lines) {
        Map<Float, Integer> sizes = new HashMap<>();
        for (TextLine line : lines) {
            sizes.merge(line.fontSize(), line.text().length(), Integer::sum);
        }
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(11f);
    }
}
