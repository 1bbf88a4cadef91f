package dev.careeragent.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** When a job runs: every fixed interval, or daily at a local time; both with a random jitter to spread load. */
public sealed interface Schedule {

    /** Saved searches run every 60 minutes unless the search has its own interval. */
    Duration DEFAULT_SEARCH_INTERVAL = Duration.ofMinutes(60);
    Duration DEFAULT_SEARCH_JITTER = Duration.ofMinutes(5);

    static Schedule every(Duration interval, Duration jitter) {
        return new Every(interval, jitter);
    }

    static Schedule dailyAt(LocalTime time, Duration jitter) {
        return new DailyAt(time, jitter);
    }

    /** The default schedule of a saved search, or its own interval when it has one. */
    static Schedule forSavedSearch(Duration ownInterval) {
        return every(ownInterval == null ? DEFAULT_SEARCH_INTERVAL : ownInterval, DEFAULT_SEARCH_JITTER);
    }

    /** The next due time after a run that started at {@code from}. */
    Instant nextAfter(Instant from, ZoneId zone, RandomGenerator random);

    /** The first due time of a job never run before. */
    Instant first(Instant now, ZoneId zone, RandomGenerator random);

    /** Short text for status lists, e.g. "every 60 min" or "daily at 08:00". */
    String describe();

    Duration jitter();

    private static Duration randomUpTo(Duration jitter, RandomGenerator random) {
        return jitter.isZero() ? Duration.ZERO : Duration.ofMillis(random.nextLong(jitter.toMillis() + 1));
    }

    record Every(Duration interval, Duration jitter) implements Schedule {
        public Every {
            Objects.requireNonNull(interval);
            jitter = jitter == null ? Duration.ZERO : jitter;
            if (interval.compareTo(Duration.ofMinutes(1)) < 0 || jitter.isNegative()) {
                throw new IllegalArgumentException("A job interval must be at least one minute, got " + interval);
            }
        }

        @Override
        public Instant nextAfter(Instant from, ZoneId zone, RandomGenerator random) {
            return from.plus(interval).plus(randomUpTo(jitter, random));
        }

        @Override
        public Instant first(Instant now, ZoneId zone, RandomGenerator random) {
            return now.plus(randomUpTo(jitter, random));
        }

        @Override
        public String describe() {
            return interval.toHours() * 60 == interval.toMinutes() && interval.toHours() > 1
                    ? "every " + interval.toHours() + " h" : "every " + interval.toMinutes() + " min";
        }
    }

    record DailyAt(LocalTime time, Duration jitter) implements Schedule {
        public DailyAt {
            Objects.requireNonNull(time);
            jitter = jitter == null ? Duration.ZERO : jitter;
        }

        @Override
        public Instant nextAfter(Instant from, ZoneId zone, RandomGenerator random) {
            ZonedDateTime local = from.atZone(zone);
            ZonedDateTime slot = local.with(time);
            if (!slot.isAfter(local)) {
                slot = local.plusDays(1).with(time);
            }
            return slot.toInstant().plus(randomUpTo(jitter, random));
        }

        @Override
        public Instant first(Instant now, ZoneId zone, RandomGenerator random) {
            return nextAfter(now, zone, random);
        }

        @Override
        public String describe() {
            return "daily at " + time;
        }
    }
}
