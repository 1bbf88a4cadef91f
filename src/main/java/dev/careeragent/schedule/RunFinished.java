package dev.careeragent.schedule;

import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import java.time.Instant;

/** Event: a run ended, whatever the outcome (a failure also publishes {@link RunFailed}). */
public record RunFinished(long runId, String jobKey, String jobName, RunOutcome outcome, RunCounts counts,
        String message, Instant endedAt) {
}
