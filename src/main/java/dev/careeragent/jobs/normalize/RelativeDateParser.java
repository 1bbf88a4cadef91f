package dev.careeragent.jobs.normalize;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns "2 hours ago", "30+ days ago", "il y a 3 jours", "vor 2 Tagen", "22j", "Today" or an ISO date into
 * a date, relative to the injected clock (so tests and catch-up runs are repeatable).
 */
public final class RelativeDateParser {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern AMOUNT_UNIT = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d+|an?|one|un|une|ein|einem|einer)\\s*\\+?\\s*"
                    + "(seconds?|secs?|secondes?|sekunden?|minutes?|mins?|minuten?|hours?|hrs?|heures?|stunden?|std|h"
                    + "|days?|jours?|tag(?:en?|e)?|d|j|weeks?|wks?|semaines?|wochen?|w|months?|mois|monat(?:en?|e)?|mo"
                    + "|years?|yrs?|ans?|années?|jahr(?:en?|e)?|y)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TODAY = Pattern.compile(
            "just posted|just now|today|aujourd'hui|aujourd’hui|heute|gerade|à l'instant|new\\b|nouveau",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("yesterday|hier|gestern", Pattern.CASE_INSENSITIVE);

    private final Clock clock;

    public RelativeDateParser(Clock clock) {
        this.clock = clock;
    }

    /** The date the text means, or empty when it is not a date. */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            return isoDate(iso.group());
        }
        Matcher m = AMOUNT_UNIT.matcher(s);
        if (m.find()) {
            String n = m.group(1);
            long amount = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
            ChronoUnit unit = unit(m.group(2).toLowerCase(Locale.ROOT));
            return Optional.of(ZonedDateTime.now(clock).minus(amount, unit).toLocalDate());
        }
        if (YESTERDAY.matcher(s).find()) {
            return Optional.of(today().minusDays(1));
        }
        if (TODAY.matcher(s).find()) {
            return Optional.of(today());
        }
        return Optional.empty();
    }

    /** Seconds or milliseconds since the epoch (APIs send both) as a date in the clock's zone. */
    public LocalDate fromEpoch(long value) {
        Instant instant = value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Optional<LocalDate> isoDate(String iso) {
        String s = iso.replace(' ', 'T');
        try {
            if (s.length() == 10) {
                return Optional.of(LocalDate.parse(s));
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                String fixed = s.matches(".*[+-]\\d{4}$") ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2) : s;
                return Optional.of(OffsetDateTime.parse(fixed).atZoneSameInstant(clock.getZone()).toLocalDate());
            }
            return Optional.of(LocalDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            return dayOnly(s);
        }
    }

    /** The date part of a time this parser could not read whole; none when that is no date either (month 00). */
    private static Optional<LocalDate> dayOnly(String s) {
        try {
            return Optional.of(LocalDate.parse(s.substring(0, Math.min(10, s.length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static ChronoUnit unit(String u) {
        if (u.startsWith("sec") || u.startsWith("sek")) {
            return ChronoUnit.SECONDS;
        }
        if (u.startsWith("min")) {
            return ChronoUnit.MINUTES;
        }
        if (u.startsWith("h") || u.startsWith("st")) {
            return ChronoUnit.HOURS;
        }
        if (u.startsWith("ja")) {
            return ChronoUnit.YEARS;
        }
        if (u.startsWith("d") || u.startsWith("j") || u.startsWith("t")) {
            return ChronoUnit.DAYS;
        }
        if (u.startsWith("w") || u.startsWith("se")) {
            return ChronoUnit.WEEKS;
        }
        if (u.startsWith("mo")) {
            return ChronoUnit.MONTHS;
        }
        return ChronoUnit.YEARS;
    }
}
