package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.careeragent.resume.read.TextLine;

/** Merges a section's lines into items: bullets with their wrapped lines, hyphenation undone. */
final class ItemBuilder {

    /**
     * Bullet glyphs: the Geometric Shapes block (squares, circles, diamonds of every size, "◾" in a LinkedIn profile),
     * arrows and checks, and Word's symbol-font ones (U+F0A7, U+F0B7 ...).
     */
    private static final String MARKS = "•‣⁃∙·➢➤✓✔❖*+\\u25A0-\\u25FF\\uF0A7\\uF0B7\\uF0D8\\uF076\\uF0FC";
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[" + MARKS + "]|[-–—](?=\\s))\\s*");
    /**
     * A mark alone in a column of its own before the text: a list's bullet, including the "o" that Word sets in
     * Courier New for a second-level list ("o⇥Develop and deploy NLP models").
     */
    private static final Pattern MARK_COLUMN = Pattern.compile("[o" + MARKS + "–—-]");
    private static final Pattern DURATION = Pattern.compile("(?i)^\\d+\\s*(?:years?|yrs?|months?|mos?)(?:,?\\s*\\d+\\s*(?:months?|mos?))?$");

    private final DateParser dates;
    private final ContactExtractor contacts;

    ItemBuilder(DateParser dates, ContactExtractor contacts) {
        this.dates = dates;
        this.contacts = contacts;
    }

    List<Item> build(List<TextLine> lines) {
        float minX = (float) lines.stream().mapToDouble(TextLine::x).min().orElse(0);
        float maxRight = (float) lines.stream().mapToDouble(TextLine::right).max().orElse(0);
        boolean drawnBullets = drawnBullets(lines, minX);
        List<Item> items = new ArrayList<>();
        TextLine previousLine = null;
        for (TextLine line : lines) {
            String[] segments = line.segments();
            if (segments.length == 1 && DURATION.matcher(segments[0].strip()).matches()) {
                continue; // an employer's total time over its roles ("7 years 3 months"): neither header nor text
            }
            TextLine above = previousLine;
            previousLine = line;
            boolean markColumn = segments.length > 1 && MARK_COLUMN.matcher(segments[0].strip()).matches();
            segments = markColumn ? java.util.Arrays.copyOfRange(segments, 1, segments.length) : segments;
            String first = segments[0];
            boolean bullet = markColumn || BULLET.matcher(first).find() && first.length() > 2;
            String text = bullet && !markColumn ? BULLET.matcher(first).replaceFirst("") : first;
            List<String> side = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            for (int i = 1; i < segments.length; i++) {
                String s = segments[i].strip();
                if (DURATION.matcher(s).matches()) {
                    continue;
                }
                boolean standsApart = dates.find(s).isPresent() || contacts.location(s) != null;
                (bullet && !standsApart ? extra : side).add(s);
            }
            if (!extra.isEmpty()) {
                text = text + " " + String.join(" ", extra);
            }
            if (side.isEmpty()) {
                DateSpan trailing = trailingRange(text);
                if (trailing != null) { // "Supervisor (2019 to present)": the brackets go with the dates
                    side.add(text.substring(trailing.from()).strip().replaceFirst("[)\\].]*$", ""));
                    text = text.substring(0, trailing.from()).strip().replaceFirst("\\s*[(\\[]$", "");
                }
            }
            if (bullet && !side.isEmpty() && line.x() <= minX + 1) {
                bullet = false; // a bulleted line carrying a date or place on the right is an entry header
            }
            bullet |= drawnBullets && side.isEmpty() && indented(line, minX) && dates.find(text).isEmpty()
                    && !text.isEmpty() && !Character.isLowerCase(text.codePointAt(0)); // lower case: a wrapped line
            Item previous = items.isEmpty() ? null : items.get(items.size() - 1);
            boolean brokenWord = previous != null && !bullet && !line.gapBefore() && endsInBrokenWord(previous.text())
                    && !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
            boolean wrappedHeader = previous != null && !bullet && !previous.bullet() && side.isEmpty()
                    && wrapsOnto(above, line, maxRight, text);
            if (previous != null && !bullet && (brokenWord || wrappedHeader
                    || previous.bullet() && isContinuation(line, previous, text))) {
                List<String> mergedSide = new ArrayList<>(previous.side());
                mergedSide.addAll(side);
                items.set(items.size() - 1, new Item(join(previous.text(), text), mergedSide, previous.bullet(), previous.bold(),
                        previous.gapBefore(), previous.x(), previous.fontSize()));
                continue;
            }
            items.add(new Item(text.strip(), side, bullet, line.bold(), line.gapBefore(), line.x(), line.fontSize()));
        }
        return items;
    }

    /**
     * Bullets drawn as shapes (web builders, Canva): no bullet glyph in the text, the items set in by about a bullet's
     * width from the entry headers at the section's left edge. Several lines indented and none marked.
     */
    private static boolean drawnBullets(List<TextLine> lines, float minX) {
        long indented = 0;
        for (TextLine line : lines) {
            String first = line.segments()[0];
            if (BULLET.matcher(first).find() || line.segments().length > 1 && MARK_COLUMN.matcher(first.strip()).matches()) {
                return false;
            }
            indented += indented(line, minX) ? 1 : 0;
        }
        return indented >= 2 && indented < lines.size();
    }

    /** Set in by a bullet's width; text several ems in sits in a column beside dates or labels, not under a bullet. */
    private static boolean indented(TextLine line, float minX) {
        float in = line.x() - minX;
        return line.x() > 0 && in > 0.5f * line.fontSize() && in <= 2.5f * line.fontSize();
    }

    /** A date range closing the line ("... Analyst  Jan 2020 – Present"), as right-aligned dates end up. */
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[)\\].\\s]{0,3}");

    private DateSpan trailingRange(String text) {
        DateSpan span = dates.find(text).orElse(null);
        // "(2018 – 2019)." ends the line as well: only closing brackets and a full stop after it
        boolean atEnd = span != null && span.start() != null && span.from() > 0
                && TRAILING_PUNCTUATION.matcher(text.substring(span.to())).matches()
                && (span.current() || span.start().month() != null || span.end() != null);
        return atEnd ? span : null;
    }

    /**
     * A header line that broke mid-phrase because its next word did not fit the column, the rest on the next line at
     * the same indent ("Moxie Pest Control, Norcross, Georgia — Sales" / "Representative").
     */
    private boolean wrapsOnto(TextLine above, TextLine line, float maxRight, String text) {
        if (above == null || maxRight <= 0 || line.gapBefore() || above.text().contains("\t")
                || Math.abs(line.x() - above.x()) > 1) {
            return false;
        }
        String firstWord = text.split("\\s+")[0];
        float firstWidth = (line.right() - line.x()) * firstWord.length() / Math.max(1, line.text().length());
        if (above.right() + 0.3f * above.fontSize() + firstWidth <= maxRight) {
            return false; // the next word would have fit on the line above: a line of its own
        }
        String end = above.text().strip();
        char last = end.isEmpty() ? '.' : end.charAt(end.length() - 1);
        return Character.isLetter(last) && end.split("\\s+").length >= 4 // a line long enough to have wrapped
                && text.split("\\s+").length <= 3 && dates.find(text).isEmpty()
                && dates.find(end).isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean isContinuation(TextLine line, Item previous, String text) {
        if (line.gapBefore() || text.isEmpty()) {
            return false;
        }
        boolean indented = line.x() > previous.x() + 1;
        boolean lowerStart = Character.isLowerCase(text.codePointAt(0));
        return line.x() > 0 ? indented || (lowerStart && line.x() >= previous.x() - 1) : lowerStart;
    }

    /** Joins wrapped text: "deploy-" + "ment" becomes "deployment", "self-" + "motivated" stays "self-motivated". */
    static String join(String a, String b) {
        if (endsInBrokenWord(a) && !b.isEmpty() && Character.isLowerCase(b.codePointAt(0))) {
            String head = a.substring(0, a.length() - 1);
            return Hyphenation.isCompound(head, b) ? head + "-" + b : head + b;
        }
        return a + " " + b;
    }

    private static boolean endsInBrokenWord(String text) {
        return text.endsWith("-") && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2));
    }
}
