package dev.careeragent.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Random random = new Random(3);

    @Test
    void delayDoublesPerAttemptWithJitterInTheUpperHalf() {
        Duration base = Duration.ofSeconds(1);
        Duration max = Duration.ofMinutes(1);
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.delay(0, base, max, random)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(Backoff.delay(3, base, max, random)).isBetween(Duration.ofMillis(4000), Duration.ofMillis(8000));
            assertThat(Backoff.delay(40, base, max, random)).isBetween(Duration.ofSeconds(30), max);
        }
    }

    @Test
    void jitterSpreadsTheWaits() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> Backoff.delay(2, Duration.ofSeconds(1), Duration.ofMinutes(1), random))
                .distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-06T09:00:00Z"), ZoneOffset.UTC);
        assertThat(Backoff.retryAfter(Optional.of("120"), clock)).contains(Duration.ofSeconds(120));
        assertThat(Backoff.retryAfter(Optional.of("Mon, 06 Jan 2025 09:00:30 GMT"), clock))
                .contains(Duration.ofSeconds(30));
        assertThat(Backoff.retryAfter(Optional.of("Mon, 06 Jan 2025 08:00:00 GMT"), clock)).contains(Duration.ZERO);
        assertThat(Backoff.retryAfter(Optional.of("soon"), clock)).isEmpty();
        assertThat(Backoff.retryAfter(Optional.empty(), clock)).isEmpty();
    }
}
