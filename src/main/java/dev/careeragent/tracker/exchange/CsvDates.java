package dev.careeragent.tracker.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Dates as other trackers write them: ISO dates or times, US month/day/year, and "Mar 1, 2024". */
final class CsvDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/yyyy"), DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

    private CsvDates() {
    }

    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not a full timestamp; try the date forms
        }
        if (t.length() > 10 && t.charAt(4) == '-') {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }
}
