package dev.careeragent.sources.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Exponential backoff with "equal jitter" (half fixed, half random), and Retry-After parsing. */
final class Backoff {

    private Backoff() {
    }

    /** The wait before retry number {@code attempt + 1}: base * 2^attempt, capped, then jittered into [d/2, d]. */
    static Duration delay(int attempt, Duration base, Duration max, RandomGenerator random) {
        long baseMillis = base.toMillis();
        long capped = Math.min(max.toMillis(), baseMillis << Math.min(attempt, 30));
        if (capped <= 0) {
            return Duration.ZERO;
        }
        long half = capped / 2;
        return Duration.ofMillis(half + random.nextLong(capped - half + 1));
    }

    /** Retry-After as delay-seconds or an HTTP date (RFC 9110 section 10.2.3); empty when absent or unreadable. */
    static Optional<Duration> retryAfter(Optional<String> header, Clock clock) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), when.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
