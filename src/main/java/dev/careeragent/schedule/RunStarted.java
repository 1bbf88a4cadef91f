package dev.careeragent.schedule;

import dev.careeragent.schedule.model.RunTrigger;
import java.time.Instant;

/** Event: a scheduled job started a run. */
public record RunStarted(long runId, String jobKey, String jobName, RunTrigger trigger, Instant startedAt) {
}
