package dev.careeragent.schedule;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.schedule.model.Backoff;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunTrigger;
import dev.careeragent.schedule.store.ScheduleJobStateEntity;
import dev.careeragent.schedule.store.ScheduleRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs registered jobs when they are due. Time only comes from the injected {@link Clock}; the app calls
 * {@link #tick()} every ~30 s (see {@link #start}), tests call it after moving their clock.
 *
 * <p>Catch-up: a job's next due time is computed from when its last run started, so however many slots
 * were missed while the app was closed or the machine slept, a due job runs once and is then rescheduled
 * from now. A run is never started while the same job still runs. Failures back off exponentially per
 * job ({@link Backoff}); a success resets the streak. "Run now" ignores pause and backoff, not overlap.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    public static final Duration DEFAULT_TICK = Duration.ofSeconds(30);

    private final ScheduleRepository repository;
    private final TaskExecutor tasks;
    private final EventBus events;
    private final Clock clock;
    private final RandomGenerator random;
    private final Backoff backoff;
    private final Map<String, ScheduledJob> jobs = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile Duration tickEvery = DEFAULT_TICK;
    private Instant lastTick;
    private ScheduledFuture<?> ticker;

    public Scheduler(ScheduleRepository repository, TaskExecutor tasks, EventBus events, Clock clock,
            RandomGenerator random, Backoff backoff) {
        this.repository = repository;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
        this.random = random;
        this.backoff = backoff;
    }

    public Scheduler(ScheduleRepository repository, TaskExecutor tasks, EventBus events, Clock clock) {
        this(repository, tasks, events, clock, RandomGenerator.getDefault(), Backoff.DEFAULT);
    }

    /** Adds a job, or replaces it (same key) with a new name or schedule; its state and history are kept. */
    public void register(ScheduledJob job) {
        Schedule schedule = job.schedule();
        repository.ensureJob(job.key(), job.displayName(), schedule.describe(),
                schedule.first(clock.instant(), clock.getZone(), random));
        jobs.put(job.key(), job);
    }

    /** Stops scheduling a job (e.g. its saved search was deleted); its history stays. */
    public void unregister(String key) {
        jobs.remove(key);
    }

    public List<String> jobKeys() {
        return jobs.keySet().stream().sorted().toList();
    }

    /**
     * Marks runs left open by a previous process as INTERRUPTED. Call once at start, before any run; a job
     * interrupted that way is still due, so it runs once on the next tick.
     */
    public int recoverInterrupted() {
        int count = repository.interruptOpenRuns(clock.instant());
        if (count > 0) {
            LOG.warn("{} run(s) were interrupted when the app last stopped; marked INTERRUPTED", count);
        }
        return count;
    }

    /** Recovers interrupted runs and ticks now and then every {@code every} on {@code ticker}. */
    public synchronized void start(ScheduledExecutorService executor, Duration every) {
        if (ticker != null) {
            throw new IllegalStateException("The scheduler is already started");
        }
        tickEvery = every;
        recoverInterrupted();
        ticker = executor.scheduleWithFixedDelay(this::safeTick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("Scheduler tick failed; retrying on the next tick", e);
        }
    }

    /** Starts every due job that is not paused, backing off or already running. */
    public synchronized void tick() {
        Instant now = clock.instant();
        if (lastTick != null && Duration.between(lastTick, now).compareTo(tickEvery.multipliedBy(4)) > 0) {
            LOG.info("No tick for {} min (the machine slept or the app was busy); missed jobs run once now",
                    Duration.between(lastTick, now).toMinutes());
        }
        lastTick = now;
        if (repository.allPaused()) {
            return;
        }
        Map<String, ScheduleJobStateEntity> states = repository.states();
        for (ScheduledJob job : List.copyOf(jobs.values())) {
            ScheduleJobStateEntity state = states.get(job.key());
            Instant due = state == null ? null : state.getNextDue();
            if (state == null || state.isPaused() || (due != null && due.isAfter(now))) {
                continue;
            }
            boolean missed = due != null && now.isAfter(due.plus(tickEvery.multipliedBy(2)));
            launch(job, missed ? RunTrigger.CATCH_UP : RunTrigger.SCHEDULED, state.getLastSuccess());
        }
    }

    /** "Run now" for one job. */
    public RunRequest runNow(String key) {
        ScheduledJob job = jobs.get(key);
        if (job == null) {
            return RunRequest.UNKNOWN_JOB;
        }
        Instant lastSuccess = repository.state(key).map(ScheduleJobStateEntity::getLastSuccess).orElse(null);
        return launch(job, RunTrigger.MANUAL, lastSuccess) ? RunRequest.STARTED : RunRequest.ALREADY_RUNNING;
    }

    /** What {@link #runNow} did. */
    public enum RunRequest { STARTED, ALREADY_RUNNING, UNKNOWN_JOB }

    public void pauseAll() {
        setAllPaused(true);
    }

    public void resumeAll() {
        setAllPaused(false);
    }

    private void setAllPaused(boolean paused) {
        repository.setAllPaused(paused);
        LOG.info(paused ? "All scheduled jobs paused" : "Scheduled jobs resumed");
        events.publish(new SchedulePauseChanged(paused));
    }

    public boolean isAllPaused() {
        return repository.allPaused();
    }

    /** Pauses or resumes one job. */
    public void setPaused(String key, boolean paused) {
        repository.updateState(key, state -> state.setPaused(paused));
    }

    public boolean isRunning(String key) {
        return running.contains(key);
    }

    private boolean launch(ScheduledJob job, RunTrigger trigger, Instant lastSuccess) {
        if (!running.add(job.key())) {
            return false;
        }
        try {
            Instant started = clock.instant();
            long runId = repository.openRun(job.key(), job.displayName(), trigger, started);
            LOG.info("Run {} of '{}' started ({})", runId, job.key(), trigger);
            events.publish(new RunStarted(runId, job.key(), job.displayName(), trigger, started));
            tasks.execute(BackgroundTask.<JobResult>of(job.displayName(),
                    task -> new JobRun(job, runId, started, this).execute(
                            new JobContext(runId, trigger, lastSuccess, task, repository, backoff, clock))));
            return true;
        } catch (RuntimeException e) {
            running.remove(job.key());
            throw e;
        }
    }

    /**
     * Records a run the user started outside the schedule (e.g. "Run search" on the Jobs page), so the run
     * history and the failure notices show it like any other; no job state changes.
     */
    public void recordManualRun(String key, String name, Instant started, JobResult result) {
        long runId = repository.openRun(key, name, RunTrigger.MANUAL, started);
        JobRun.Ended ended = JobRun.Ended.of(result);
        Instant now = clock.instant();
        repository.closeRun(runId, key, new ScheduleRepository.RunEnd(now, ended.outcome(), ended.counts(),
                ended.message(), ended.error()), state -> { });
        events.publish(new RunFinished(runId, key, name, ended.outcome(), ended.counts(),
                ended.outcome() == RunOutcome.FAILED ? ended.error() : ended.message(), now));
        if (ended.outcome() == RunOutcome.FAILED) {
            events.publish(new RunFailed(runId, key, name, ended.error(), 1, null));
        }
    }

    /** Called by {@link JobRun} when a run ended: store it, reschedule, publish. */
    void finished(ScheduledJob job, long runId, Instant started, JobRun.Ended ended) {
        try {
            Instant now = clock.instant();
            Schedule schedule = job.schedule();
            Instant regular = later(schedule.nextAfter(started, clock.getZone(), random), now);
            int previous = repository.state(job.key()).map(ScheduleJobStateEntity::getConsecutiveFailures).orElse(0);
            int failures = switch (ended.outcome()) {
                case FAILED -> previous + 1;
                case INTERRUPTED -> previous;
                case SUCCEEDED, SKIPPED -> 0;
            };
            Instant retryAt = ended.outcome() == RunOutcome.FAILED ? now.plus(backoff.delayAfter(failures)) : null;
            Instant due = retryAt != null ? retryAt : regular;
            repository.closeRun(runId, job.key(), new ScheduleRepository.RunEnd(now, ended.outcome(), ended.counts(),
                    ended.message(), ended.error()), state -> state.ended(ended.outcome(), now, failures, retryAt, due));
            LOG.info("Run {} of '{}' ended {}{}", runId, job.key(), ended.outcome(),
                    ended.error() == null ? "" : ": " + ended.error());
            events.publish(new RunFinished(runId, job.key(), job.displayName(), ended.outcome(), ended.counts(),
                    ended.outcome() == RunOutcome.FAILED ? ended.error() : ended.message(), now));
            if (ended.outcome() == RunOutcome.FAILED) {
                events.publish(new RunFailed(runId, job.key(), job.displayName(), ended.error(), failures, retryAt));
            }
        } finally {
            running.remove(job.key());
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }
}
