package dev.careeragent.schedule.model;

import java.time.Instant;

/** One run from the history, for the Activity page; {@code endedAt} and {@code outcome} are null while it runs. */
public record RunRecord(long id, String jobKey, String jobName, RunTrigger trigger, Instant startedAt,
        Instant endedAt, RunOutcome outcome, RunCounts counts, String message, String error) {
}
