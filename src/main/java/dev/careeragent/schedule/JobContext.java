package dev.careeragent.schedule;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.schedule.model.Backoff;
import dev.careeragent.schedule.model.RunTrigger;
import dev.careeragent.schedule.store.ScheduleRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a running job can see and do: its run id and trigger, cancellation, progress for the status bar,
 * and per-source backoff (a job that uses several sources skips those that keep failing).
 */
public final class JobContext {

    private static final Logger LOG = LoggerFactory.getLogger(JobContext.class);

    private final long runId;
    private final RunTrigger trigger;
    private final Instant lastSuccess;
    private final BackgroundTask<?> task;
    private final ScheduleRepository repository;
    private final Backoff backoff;
    private final Clock clock;

    JobContext(long runId, RunTrigger trigger, Instant lastSuccess, BackgroundTask<?> task,
            ScheduleRepository repository, Backoff backoff, Clock clock) {
        this.runId = runId;
        this.trigger = trigger;
        this.lastSuccess = lastSuccess;
        this.task = task;
        this.repository = repository;
        this.backoff = backoff;
        this.clock = clock;
    }

    public long runId() { return runId; }

    public RunTrigger trigger() { return trigger; }

    /** End of the job's last successful run, e.g. "new since" for a digest. */
    public Optional<Instant> lastSuccess() { return Optional.ofNullable(lastSuccess); }

    public Instant now() { return clock.instant(); }

    /** The user's time zone, for daily work such as "today's digest". */
    public ZoneId zone() { return clock.getZone(); }

    public boolean isCancelled() { return task.isCancelled(); }

    /** Throws when the user cancelled the run or the app is closing; call it between steps. */
    public void checkCancelled() { task.checkCancelled(); }

    public void progress(double done, double total, String message) {
        task.updateProgress(done, total);
        task.updateMessage(message);
    }

    /** False while the source is backing off after failures; the job should skip it this run. */
    public boolean sourceAvailable(String sourceKey) {
        return repository.sourceBackoffUntil(sourceKey).map(until -> !now().isBefore(until)).orElse(true);
    }

    /** Records a failure of one source; it is skipped with exponential backoff. Never pass secrets in {@code error}. */
    public void sourceFailed(String sourceKey, String error) {
        Instant until = repository.sourceFailed(sourceKey, backoff, now(), error);
        LOG.warn("Source {} failed in run {} ({}); skipped until {}", sourceKey, runId, error, until);
    }

    public void sourceSucceeded(String sourceKey) {
        repository.sourceSucceeded(sourceKey);
    }
}
