package dev.careeragent.sources.fetch;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as a user reads them in messages, in the local time zone. */
final class Times {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    static String readable(Instant instant) {
        return instant == null ? "-" : READABLE.format(instant.atZone(ZoneId.systemDefault()));
    }
}
