package dev.careeragent.sources.fetch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as a user reads them in messages, in the local time zone. */
final class Times {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private Times() {
    }

    /** "14:20" today, "9 Mar 14:20" on another day. */
    static String clock(Instant instant) {
        if (instant == null) {
            return "-";
        }
        ZonedDateTime at = instant.atZone(ZoneId.systemDefault());
        return (at.toLocalDate().equals(LocalDate.now(at.getZone())) ? CLOCK : DAY_AND_CLOCK).format(at);
    }

    static String readable(Instant instant) {
        return instant == null ? "-" : READABLE.format(instant.atZone(ZoneId.systemDefault()));
    }
}
