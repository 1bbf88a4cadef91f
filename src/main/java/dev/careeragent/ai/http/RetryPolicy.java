package dev.careeragent.ai.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a call again: on 429 and 5xx answers, up to {@code maxAttempts} in all, waiting what the server
 * asks for in Retry-After (seconds or an HTTP date), else an exponential backoff. A server that asks for
 * more than {@link #LONGEST_WAIT} is not retried: the user is told when to try again instead.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Clock clock) {

    public static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration BACKOFF_CAP = Duration.ofSeconds(8);

    public static boolean retryable(int status) {
        return status == 429 || status >= 500 && status <= 599;
    }

    /** The wait before attempt {@code attempt + 1}, or empty when the call should fail now. */
    public Optional<Duration> delayAfter(int attempt, int status, String retryAfter) {
        if (!retryable(status) || attempt >= maxAttempts) {
            return Optional.empty();
        }
        Optional<Duration> asked = parseRetryAfter(retryAfter);
        if (asked.isPresent()) {
            return asked.get().compareTo(LONGEST_WAIT) > 0 ? Optional.empty() : asked;
        }
        long millis = firstBackoff.toMillis() << Math.min(10, attempt - 1);
        return Optional.of(Duration.ofMillis(Math.min(millis, BACKOFF_CAP.toMillis())));
    }

    Optional<Duration> parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(v) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
