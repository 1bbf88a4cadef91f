package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;

/** The items of one entry: header lines (names, dates, places) and body lines (bullets, descriptions). */
final class EntryGroup {

    final List<Item> header = new ArrayList<>();
    final List<Item> body = new ArrayList<>();

    /** Splits a section's items into entries by bullets, gaps, bold lines and date lines. */
    static List<EntryGroup> split(List<Item> items, DateParser dates) {
        List<EntryGroup> groups = new ArrayList<>();
        EntryGroup current = null;
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
            boolean dated = dates.find(item.fullText()).isPresent();
            boolean startNew;
            if (current == null) {
                startNew = true;
            } else if (!current.body.isEmpty()) {
                startNew = dated || !item.side().isEmpty() || (item.gapBefore() || item.bold())
                        && !(isDated(current, dates) && isSubheading(items, i, dates));
            } else if (isDated(current, dates) && !dated && isProse(item)) {
                current.body.add(item); // a dated header is followed by a paragraph, not by more header lines
                continue;
            } else {
                boolean currentDated = isDated(current, dates);
                startNew = (currentDated && dated && !isOnlyDate(item, dates))
                        || (currentDated && item.gapBefore() && !isOnlyDate(item, dates))
                        || current.header.size() >= 4;
            }
            if (startNew) {
                current = new EntryGroup();
                groups.add(current);
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
     * A bold or spaced line inside a dated entry that no date follows before the next bullet ("Key Achievements",
     * "Strategic Mandate: Appointed by the CEO ..."): part of the entry's body, not the start of another entry.
     */
    private static boolean isSubheading(List<Item> items, int at, DateParser dates) {
        for (int j = at + 1; j < Math.min(items.size(), at + 4); j++) {
            Item next = items.get(j);
            if (next.bullet()) {
                return true;
            }
            if (dates.find(next.fullText()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProse(Item item) {
        return item.side().isEmpty() && item.text().split("\\s+").length > 8;
    }

    private static boolean isDated(EntryGroup group, DateParser dates) {
        return group.header.stream().anyMatch(h -> dates.find(h.fullText()).isPresent());
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
