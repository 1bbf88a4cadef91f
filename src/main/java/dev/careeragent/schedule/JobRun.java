package dev.careeragent.schedule;

import dev.careeragent.core.task.TaskCancelledException;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of a job on a task thread: calls the job, turns whatever happens into an outcome, reports it. */
final class JobRun {

    private static final Logger LOG = LoggerFactory.getLogger(JobRun.class);
    private static final int MAX_ERROR_CHARS = 4000;

    private final ScheduledJob job;
    private final long runId;
    private final Instant started;
    private final Scheduler scheduler;

    JobRun(ScheduledJob job, long runId, Instant started, Scheduler scheduler) {
        this.job = job;
        this.runId = runId;
        this.started = started;
        this.scheduler = scheduler;
    }

    record Ended(RunOutcome outcome, RunCounts counts, String message, String error) {

        /** A job's own result: a FAILED one's message is the run's error. */
        static Ended of(JobResult result) {
            return result.outcome() == RunOutcome.FAILED
                    ? new Ended(RunOutcome.FAILED, result.counts(), null, result.message())
                    : new Ended(result.outcome(), result.counts(), result.message(), null);
        }
    }

    JobResult execute(JobContext context) {
        Ended ended;
        JobResult result = null;
        try {
            context.checkCancelled();
            result = job.run(context);
            if (result == null) {
                throw new IllegalStateException("The job returned no result");
            }
            ended = Ended.of(result);
        } catch (TaskCancelledException cancelled) {
            ended = new Ended(RunOutcome.INTERRUPTED, RunCounts.NONE, "Cancelled", null);
        } catch (Exception | LinkageError | AssertionError failure) {
            LOG.warn("Job '{}' failed in run {}", job.key(), runId, failure);
            ended = new Ended(RunOutcome.FAILED, RunCounts.NONE, null, describe(failure));
        }
        scheduler.finished(job, runId, started, ended);
        return result;
    }

    /** "Type: message" for each cause, short enough for the Activity page. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_ERROR_CHARS; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS) : text.toString();
    }
}
