package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The items of one entry: header lines (names, dates, places) and body lines (bullets, descriptions). */
final class EntryGroup {

    private static final Pattern LABEL_LIST = Pattern.compile("^([^:]{2,30}):\\s*(.+)$");

    /** Labels of an entry's own header fields ("Company: ...", "Role: ..."), which stay in the header. */
    private static final Pattern FIELD_LABEL = Pattern.compile("(?i)company|employer|client|organi[sz]ation|title|position"
            + "|role|designation|location|place|duration|period|dates?");

    /** A last word whose full stop is an abbreviation's ("Ltd.", "Inc.", "U.S."), not a sentence's end. */
    static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:inc|ltd|llc|corp|co|plc|jr|sr|st|bros|dept|univ"
            + "|(?:\\p{L}\\.)+)\\.?");

    private static final Pattern ENDS_DATED = Pattern.compile("(?iu)(?:(?:19|20)\\d{2}|present|now|current|today)[).\\s]*$");

    final List<Item> header = new ArrayList<>();
    final List<Item> body = new ArrayList<>();

    /** Splits a section's items into entries by bullets, gaps, bold lines and date lines. */
    static List<EntryGroup> split(List<Item> listed, DateParser dates) {
        List<Item> items = headersOfBulletList(listed, dates);
        List<EntryGroup> groups = new ArrayList<>();
        EntryGroup current = null;
        boolean inIntro = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.bullet()) {
                if (current == null) {
                    current = new EntryGroup();
                    groups.add(current);
                }
                current.body.add(item);
                continue;
            }
            boolean dated = isDated(item, dates);
            if (current == null && !dated && item.side().isEmpty()
                    && (words(item.text()) > 12 && 2 * lowerCaseWords(item.text()) >= words(item.text())
                    || isSentence(item.text()) || inIntro && !item.gapBefore() && !item.bold())) {
                inIntro = true; // a paragraph that introduces the section ("Currently taking part in ..."), before any entry,
                continue;       // with the lines it runs on to
            }
            boolean startNew;
            if (current != null && !current.header.isEmpty() && (introducesBody(item) || dated && termOf(current, item, dates))) {
                current.body.add(item); // "Environment: Java, AWS, ..." or "Responsibilities:" belongs to the entry
                continue;
            }
            boolean currentDated = current != null && isDated(current, dates);
            if (current == null) {
                startNew = true;
            } else if (!current.body.isEmpty()) {
                startNew = dated || !item.side().isEmpty() || (item.gapBefore() || item.bold())
                        && !(currentDated && isSubheading(items, i, dates));
            } else if (currentDated && !dated && isProse(item)) {
                current.body.add(item); // a dated header is followed by a paragraph, not by more header lines
                continue;
            } else {
                // entries that start with a line of dates ("09/2008 – 07/2019" over "Clerk • Acme"): the next one does too
                boolean datesFirst = isOnlyDate(current.header.get(0), dates) && current.header.size() > 1;
                startNew = (currentDated && dated && (!isOnlyDate(item, dates) || datesFirst))
                        || (currentDated && item.gapBefore() && !isOnlyDate(item, dates) && sameLook(current, item))
                        || current.header.size() >= 4;
            }
            if (startNew) {
                Item above = current == null ? null : nameAboveItsDates(current, item, dates);
                current = new EntryGroup();
                groups.add(current);
                if (above != null) {
                    current.header.add(above);
                }
                current.header.add(item);
            } else if (current.body.isEmpty()) {
                current.header.add(item);
            } else {
                current.body.add(item);
            }
        }
        return groups;
    }

    /**
     * A section written as one bullet list (Markdown, a web page): its short name-like bullets ("- Fourth Grade Student
     * Teacher", "- Shasta Elementary School, Chico, CA – Fall 2013") are the entries' header lines, its sentences stay
     * bullets. Only when every item is a bullet and some bullet is dated.
     */
    private static List<Item> headersOfBulletList(List<Item> items, DateParser dates) {
        // or a list of one-line jobs, each bullet dated, some already read as headers for the dates at their end
        boolean oneLineJobs = items.stream().anyMatch(Item::bullet) && items.stream().allMatch(i -> isDated(i, dates)
                && (i.bullet() ? nameLike(i, dates) : !i.side().isEmpty()));
        if (items.isEmpty() || !(items.stream().allMatch(Item::bullet) || oneLineJobs)
                || items.stream().noneMatch(i -> isDated(i, dates))) {
            return items;
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean header = nameLike(item, dates) || opensWithDates(item, dates) && words(item.text()) <= 14
                    && !isSentence(item.text());
            out.add(header && datedWithin(items, i, dates) ? new Item(item.text(), item.side(), false,
                    item.bold(), true, item.x(), item.fontSize()) : item);
        }
        return out;
    }

    /** "Mars 2016 - Juin 2018 : Alternant chez X", "En cours : ...": a job line in any language opens with its dates. */
    private static boolean opensWithDates(Item item, DateParser dates) {
        String text = item.text();
        return dates.find(text).filter(span -> text.substring(0, span.from()).replaceAll("[^\\p{L}\\p{N}]", "").isEmpty())
                .isPresent();
    }

    /**
     * A bullet heads an entry when it or one of the next two name-like bullets is dated: "Support technique" under a
     * dated "Title chez Employer" bullet is a duty, while "Student Teacher" over "School, City – Fall 2013" heads one.
     */
    private static boolean datedWithin(List<Item> items, int at, DateParser dates) {
        for (int j = at; j < Math.min(items.size(), at + 3); j++) {
            if (j > at && !nameLike(items.get(j), dates)) {
                return false;
            }
            if (isDated(items.get(j), dates)) {
                return true;
            }
        }
        return false;
    }

    /** Short and name-like; "Public Relations, Dar El-Iman Travel, (2018 – 2019)." ends in its dates, not a sentence. */
    private static boolean nameLike(Item item, DateParser dates) {
        return lowerCaseWords(item.text()) < 3 && (!item.text().strip().endsWith(".")
                || ENDS_DATED.matcher(item.text()).find() || item.text().contains(",") && isDated(item, dates));
    }

    private static int lowerCaseWords(String text) {
        int n = 0;
        for (String word : text.strip().split("\\s+")) {
            n += !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) ? 1 : 0;
        }
        return n;
    }

    /**
     * A bold or spaced line inside a dated entry that no date follows before the next bullet ("Key Achievements",
     * "Strategic Mandate: Appointed by the CEO ..."): part of the entry's body, not the start of another entry.
     */
    private static boolean isSubheading(List<Item> items, int at, DateParser dates) {
        for (int j = at + 1; j < Math.min(items.size(), at + 4); j++) {
            Item next = items.get(j);
            if (next.bullet()) {
                return true;
            }
            if (isDated(next, dates)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of a dated entry's body, never a header: a label over a list ("Environment: Java, AWS, Docker") or a
     * label that introduces the lines below it ("Responsibilities:").
     */
    private static boolean introducesBody(Item item) {
        if (!item.side().isEmpty()) {
            return false;
        }
        String text = item.text().strip();
        Matcher label = LABEL_LIST.matcher(text);
        if (label.matches() && label.group(1).split("\\s+").length <= 3 && !FIELD_LABEL.matcher(label.group(1)).find()) {
            return label.group(2).chars().filter(c -> c == ',').count() >= 3;
        }
        return text.endsWith(":") && text.split("\\s+").length <= 4;
    }

    /** A spaced line opens the next entry only when it looks like the entry's own first header line. */
    private static boolean sameLook(EntryGroup current, Item item) {
        Item first = current.header.get(0);
        return first.bold() == item.bold() && item.fontSize() >= first.fontSize() - 0.5f;
    }

    /**
     * A date that dates the line: beside it, or in a short line, or at its start or end. A year inside a sentence
     * ("... a consolidated S/4HANA 2023 landscape. Direct a team of") does not make the sentence an entry header.
     */
    static boolean isDated(Item item, DateParser dates) {
        for (String side : item.side()) {
            if (dates.find(side).isPresent()) {
                return true;
            }
        }
        String text = item.text().strip();
        DateSpan span = dates.find(text).orElse(null);
        if (span == null) {
            return false;
        }
        if (words(text) <= 12) {
            return true;
        }
        String before = text.substring(0, span.from()).replaceAll("[^\\p{L}\\p{N}]", "");
        String after = text.substring(span.to()).replaceAll("[^\\p{L}\\p{N}]", "");
        return before.isEmpty() || after.isEmpty();
    }

    /** Body text after a dated header: a long line, or a sentence ("Supervise a 20-person inbound unit."). */
    private static boolean isProse(Item item) {
        // "Company | Level 5 Long Circular Mall, Long Circular Road": a line set out in parts is judged by its first
        String first = item.text().split("\\s+\\|\\s+", 2)[0];
        first = words(first) >= 2 ? first : item.text(); // not a stray mark before a bar ("â | ¢ Increased ...")
        return item.side().isEmpty() && (words(first) > 8 || isSentence(first));
    }

    /** Words with a letter or digit in them; separators ("•", "|", "–") are no words. */
    static int words(String text) {
        int n = 0;
        for (String token : text.strip().split("\\s+")) {
            n += token.codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return n;
    }

    /**
     * A sentence, never a name: words in lower case and a full stop at the end that is no abbreviation's
     * ("Handled incoming calls." but not "Weld Repair Ltd." or "Bank of America Corp.").
     */
    static boolean isSentence(String text) {
        String[] words = text.strip().split("\\s+");
        String last = words[words.length - 1];
        if (words.length < 3 || !last.endsWith(".") || ABBREVIATION.matcher(last).matches()) {
            return false;
        }
        int lower = 0;
        for (String word : words) {
            lower += !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) ? 1 : 0;
        }
        return lower >= 2;
    }

    private static boolean isDated(EntryGroup group, DateParser dates) {
        return group.header.stream().anyMatch(h -> isDated(h, dates));
    }

    /**
     * "Teaching Assistant for Optics 241, Fall 2019" under "Teaching Assistant ... Aug 2019 – Present": a plain line with
     * one date inside the range of the entry above is a term of that job, not a job of its own.
     */
    private static boolean termOf(EntryGroup current, Item item, DateParser dates) {
        DateSpan point = item.side().isEmpty() && item.text().indexOf(',') < 0 ? dates.find(item.text()).orElse(null) : null;
        if (point == null || point.current() || (point.start() == null) == (point.end() == null)) {
            return false;
        }
        int year = (point.start() != null ? point.start() : point.end()).year();
        return current.header.stream().map(h -> dates.find(h.fullText()).orElse(null))
                .filter(r -> r != null && r.start() != null && (r.end() != null || r.current())).findFirst()
                .filter(r -> r.start().year() <= year && (r.current() || year <= r.end().year())).isPresent();
    }

    /**
     * A line of dates opening an entry, in a section whose entries put a name line over a dates line: the plain line
     * just above it (read as the last body line of the entry before, for want of a gap or bold type) is its name.
     * Taken out of that body and returned, or null.
     */
    private static Item nameAboveItsDates(EntryGroup before, Item datesLine, DateParser dates) {
        int n = before.header.size();
        if (before.body.isEmpty() || n < 2 || !isOnlyDate(datesLine, dates)
                || isDated(before.header.get(n - 2), dates) || !isOnlyDate(before.header.get(n - 1), dates)) {
            return null;
        }
        Item last = before.body.get(before.body.size() - 1);
        if (last.bullet() || !nameLike(last, dates) || isSentence(last.text()) || isDated(last, dates)) {
            return null;
        }
        return before.body.remove(before.body.size() - 1);
    }

    private static boolean isOnlyDate(Item item, DateParser dates) {
        return dates.find(item.fullText()).map(s -> s.removeFrom(item.fullText()).replaceAll("[\\p{Punct}\\s]", "")
                .isEmpty()).orElse(false);
    }

    String allText() {
        StringBuilder sb = new StringBuilder();
        header.forEach(i -> sb.append(i.fullText()).append('\n'));
        body.forEach(i -> sb.append(i.fullText()).append('\n'));
        return sb.toString();
    }
}
