package dev.careeragent.notify;

import dev.careeragent.notify.settings.MessageRule;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Quiet hours of a rule ("22:00" to "07:00", may wrap midnight): emails made then wait until they end. */
final class QuietHours {

    private QuietHours() {
    }

    /** When a message made at {@code now} may be sent: now, or the end of the quiet hours it falls in. */
    static Instant sendableFrom(MessageRule rule, Instant now, ZoneId zone) {
        if (blank(rule.quietFrom()) || blank(rule.quietUntil())) {
            return now;
        }
        LocalTime from = time(rule.quietFrom());
        LocalTime until = time(rule.quietUntil());
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean wraps = from.isAfter(until);
        boolean quiet = wraps ? !t.isBefore(from) || t.isBefore(until) : !t.isBefore(from) && t.isBefore(until);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(until);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }

    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time of day. Write it as HH:mm, e.g. 07:30.", e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
