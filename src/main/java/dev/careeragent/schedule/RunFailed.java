package dev.careeragent.schedule;

import java.time.Instant;

/** Event: a run failed; the job backs off and is retried at {@code retryAt}. */
public record RunFailed(long runId, String jobKey, String jobName, String error, int consecutiveFailures,
        Instant retryAt) {
}
