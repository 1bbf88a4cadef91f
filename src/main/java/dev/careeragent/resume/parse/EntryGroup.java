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
        for (Item item : items) {
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
                startNew = item.gapBefore() || item.bold() || dated || !item.side().isEmpty();
            } else {
                boolean currentDated = current.header.stream().anyMatch(h -> dates.find(h.fullText()).isPresent());
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
