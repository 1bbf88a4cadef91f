package dev.careeragent.schedule;

import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import java.util.Objects;

/**
 * What a job returns. A job that fails may also just throw; the scheduler records the exception as
 * FAILED. Use {@link #failed} when the job wants to word the error itself.
 */
public record JobResult(RunOutcome outcome, RunCounts counts, String message) {

    public JobResult {
        Objects.requireNonNull(outcome);
        counts = counts == null ? RunCounts.NONE : counts;
        if (outcome == RunOutcome.INTERRUPTED) {
            throw new IllegalArgumentException("Jobs do not report INTERRUPTED; the scheduler does when a run is cancelled");
        }
    }

    public static JobResult succeeded() {
        return new JobResult(RunOutcome.SUCCEEDED, RunCounts.NONE, null);
    }

    public static JobResult succeeded(RunCounts counts, String message) {
        return new JobResult(RunOutcome.SUCCEEDED, counts, message);
    }

    /** Nothing to do this time (e.g. no search enabled); not a failure. */
    public static JobResult skipped(String why) {
        return new JobResult(RunOutcome.SKIPPED, RunCounts.NONE, why);
    }

    public static JobResult failed(String error) {
        return new JobResult(RunOutcome.FAILED, RunCounts.NONE, error);
    }
}
