package dev.careeragent.resume.parse;

/** The dates of an entry found outside its header, and its lines without the dates they end with. */
final class EntryDates {

    private final DateParser dates;

    EntryDates(DateParser dates) {
        this.dates = dates;
    }

    /** Dates a layout put beside the first bullet instead of beside the header (two-column entry templates). */
    DateSpan sideDates(EntryGroup group) {
        for (Item item : group.body) {
            for (String side : item.side()) {
                DateSpan span = dates.find(side).orElse(null);
                if (span != null) {
                    return span;
                }
            }
            DateSpan trailing = trailingRange(item.text());
            if (trailing != null) {
                return trailing;
            }
        }
        return null;
    }

    private DateSpan trailingRange(String text) {
        DateSpan span = dates.find(text).orElse(null);
        boolean atEnd = span != null && span.start() != null && span.to() >= text.length() - 1
                && (span.current() || span.start().month() != null);
        return atEnd ? span : null;
    }

    String stripTrailingDates(Item item) {
        DateSpan trailing = trailingRange(item.text());
        return trailing == null ? item.text() : item.text().substring(0, trailing.from()).strip();
    }
}
