package dev.careeragent.schedule.model;

import java.time.Instant;

/** A job as the status list shows it; {@code running} is true while a run has no end (in any process). */
public record JobStatus(String key, String name, String schedule, Instant nextDue, Instant lastStarted,
        Instant lastSuccess, RunOutcome lastOutcome, int consecutiveFailures, Instant backoffUntil,
        boolean paused, boolean running) {
}
