package dev.careeragent.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.schedule.model.Backoff;
import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.model.RunTrigger;
import dev.careeragent.schedule.store.ScheduleRepository;
import dev.careeragent.store.Database;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(5), Duration.ofHours(12));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T07:00:00Z"), ZoneOffset.UTC);
    private final EventBus events = new EventBus();
    private final List<Object> published = new CopyOnWriteArrayList<>();
    private Database db;
    private ScheduleRepository repository;
    private ScheduleStatus status;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        repository = new ScheduleRepository(db);
        status = new ScheduleStatus(repository);
        events.subscribe(Object.class, published::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Scheduler scheduler(TaskExecutor tasks) {
        return new Scheduler(repository, tasks, events, clock, new Random(7), BACKOFF);
    }

    private Scheduler scheduler() {
        return scheduler(new CurrentThreadTaskExecutor());
    }

    private static ScheduledJob counting(String key, Schedule schedule, AtomicInteger runs) {
        return ScheduledJob.of(key, "Job " + key, schedule, ctx -> {
            runs.incrementAndGet();
            return JobResult.succeeded(new RunCounts(3, 2, 1), "ok");
        });
    }

    private JobStatus job(String key) {
        return status.jobs().stream().filter(j -> j.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aLongGapCatchesUpOnceNotOncePerMissedSlot() {
        AtomicInteger runs = new AtomicInteger();
        Scheduler scheduler = scheduler();
        scheduler.register(counting("search:1", Schedule.every(HOUR, Duration.ZERO), runs));

        scheduler.tick();
        assertThat(runs).hasValue(1);
        clock.advance(Duration.ofHours(5));
        scheduler.tick();
        scheduler.tick();
        assertThat(runs).as("five missed slots => one catch-up run").hasValue(2);
        assertThat(status.runsOf("search:1", 10).get(0).trigger()).isEqualTo(RunTrigger.CATCH_UP);
        assertThat(job("search:1").nextDue()).isEqualTo(clock.instant().plus(HOUR));

        clock.advance(Duration.ofMinutes(59));
        scheduler.tick();
        assertThat(runs).hasValue(2);
        clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        assertThat(runs).hasValue(3);
        assertThat(status.runsOf("search:1", 10)).extracting(RunRecord::outcome).containsOnly(RunOutcome.SUCCEEDED);
        assertThat(status.runsOf("search:1", 10).get(0).counts()).isEqualTo(new RunCounts(3, 2, 1));
    }

    @Test
    void aSlowJobIsNeverStartedTwice() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        try (TaskExecutor pool = new ThreadPoolTaskExecutor(2, Runnable::run, e -> { }, clock)) {
            Scheduler scheduler = scheduler(pool);
            scheduler.register(ScheduledJob.of("slow", "Slow", Schedule.every(HOUR, Duration.ZERO), ctx -> {
                runs.incrementAndGet();
                release.await(20, TimeUnit.SECONDS);
                return JobResult.succeeded();
            }));
            scheduler.tick();
            waitUntil(() -> runs.get() == 1);
            clock.advance(Duration.ofHours(3));
            scheduler.tick();
            assertThat(scheduler.runNow("slow")).isEqualTo(Scheduler.RunRequest.ALREADY_RUNNING);
            assertThat(job("slow").running()).isTrue();
            release.countDown();
            waitUntil(() -> !scheduler.isRunning("slow"));
        }
        assertThat(runs).hasValue(1);
        assertThat(status.runsOf("slow", 10)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(RunOutcome.SUCCEEDED));
    }

    @Test
    void aFailingJobDoesNotStopTheOthers() {
        AtomicInteger good = new AtomicInteger();
        Scheduler scheduler = scheduler();
        scheduler.register(ScheduledJob.of("a-broken", "Broken", Schedule.every(HOUR, Duration.ZERO), ctx -> {
            throw new IllegalStateException("board changed its layout");
        }));
        scheduler.register(counting("b-good", Schedule.every(HOUR, Duration.ZERO), good));
        scheduler.tick();

        assertThat(good).hasValue(1);
        assertThat(job("a-broken").lastOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(status.runsOf("a-broken", 1).get(0).error()).contains("board changed its layout");
        assertThat(published).filteredOn(RunFailed.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RunFailed) e).jobKey()).isEqualTo("a-broken"));
        assertThat(published).filteredOn(RunFinished.class::isInstance).hasSize(2);
        assertThat(published).filteredOn(RunStarted.class::isInstance).hasSize(2);
    }

    @Test
    void failuresBackOffExponentiallyAndASuccessResets() {
        AtomicBoolean fail = new AtomicBoolean(true);
        AtomicInteger runs = new AtomicInteger();
        Scheduler scheduler = scheduler();
        scheduler.register(ScheduledJob.of("flaky", "Flaky", Schedule.every(HOUR, Duration.ZERO), ctx -> {
            runs.incrementAndGet();
            return fail.get() ? JobResult.failed("timeout") : JobResult.succeeded();
        }));
        List<Duration> waits = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Instant before = clock.instant();
            scheduler.tick();
            assertThat(runs).hasValue(i);
            JobStatus s = job("flaky");
            assertThat(s.consecutiveFailures()).isEqualTo(i);
            waits.add(Duration.between(before, s.nextDue()));
            clock.advance(Duration.between(before, s.nextDue()).minusMinutes(1));
            scheduler.tick();
            assertThat(runs).as("no retry before the backoff ends").hasValue(i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofMinutes(40));

        fail.set(false);
        Instant start = clock.instant();
        scheduler.tick();
        assertThat(job("flaky").consecutiveFailures()).isZero();
        assertThat(job("flaky").backoffUntil()).isNull();
        assertThat(job("flaky").nextDue()).isEqualTo(start.plus(HOUR));
    }

    @Test
    void pauseAllStopsTicksRunNowStillWorksAndThePauseSurvivesARestart() {
        AtomicInteger runs = new AtomicInteger();
        Scheduler scheduler = scheduler();
        scheduler.register(counting("digest", Schedule.every(HOUR, Duration.ZERO), runs));
        scheduler.pauseAll();
        scheduler.tick();
        assertThat(runs).hasValue(0);
        assertThat(published).contains(new SchedulePauseChanged(true));

        assertThat(scheduler.runNow("digest")).isEqualTo(Scheduler.RunRequest.STARTED);
        assertThat(runs).hasValue(1);
        assertThat(status.runsOf("digest", 1).get(0).trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(scheduler.runNow("nope")).isEqualTo(Scheduler.RunRequest.UNKNOWN_JOB);

        Scheduler restarted = scheduler();
        restarted.register(counting("digest", Schedule.every(HOUR, Duration.ZERO), runs));
        assertThat(restarted.isAllPaused()).isTrue();
        clock.advance(Duration.ofHours(2));
        restarted.tick();
        assertThat(runs).hasValue(1);
        restarted.resumeAll();
        restarted.tick();
        assertThat(runs).hasValue(2);

        restarted.setPaused("digest", true);
        clock.advance(Duration.ofHours(2));
        restarted.tick();
        assertThat(runs).as("a paused job waits").hasValue(2);
        assertThat(job("digest").paused()).isTrue();
    }

    @Test
    void eachSavedSearchKeepsItsOwnIntervalWithJitter() {
        List<Instant> fast = new ArrayList<>();
        List<Instant> normal = new ArrayList<>();
        Scheduler scheduler = scheduler();
        scheduler.register(ScheduledJob.of("search:1", "Fast", Schedule.forSavedSearch(Duration.ofMinutes(30)), ctx -> {
            fast.add(ctx.now());
            return JobResult.succeeded();
        }));
        scheduler.register(ScheduledJob.of("search:2", "Default", Schedule.forSavedSearch(null), ctx -> {
            normal.add(ctx.now());
            return JobResult.succeeded();
        }));
        for (int minute = 0; minute <= 5 * 60; minute++) {
            scheduler.tick();
            clock.advance(Duration.ofMinutes(1));
        }
        assertGaps(fast, Duration.ofMinutes(30));
        assertGaps(normal, Duration.ofMinutes(60));
        assertThat(fast.size()).isBetween(8, 11);
        assertThat(normal.size()).isBetween(5, 6);
    }

    private static void assertGaps(List<Instant> runs, Duration interval) {
        Duration jitter = Schedule.DEFAULT_SEARCH_JITTER;
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            gaps.add(Duration.between(runs.get(i - 1), runs.get(i)));
        }
        assertThat(gaps).isNotEmpty().allSatisfy(gap -> assertThat(gap)
                .isBetween(interval, interval.plus(jitter).plusMinutes(1)));
        assertThat(gaps).as("jitter varies the gaps").hasSizeGreaterThan(2);
        assertThat(new java.util.HashSet<>(gaps)).hasSizeGreaterThan(1);
    }

    @Test
    void dailyJobRunsAtItsTimeAndOnceAfterDaysAway() {
        AtomicInteger runs = new AtomicInteger();
        Scheduler scheduler = scheduler();
        scheduler.register(counting("digest", Schedule.dailyAt(LocalTime.of(8, 0), Duration.ZERO), runs));
        clock.advance(Duration.ofMinutes(59));
        scheduler.tick();
        assertThat(runs).hasValue(0);
        clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        assertThat(runs).hasValue(1);
        clock.advance(Duration.ofDays(3).plusHours(2));
        scheduler.tick();
        scheduler.tick();
        assertThat(runs).hasValue(2);
        assertThat(job("digest").nextDue()).isEqualTo(Instant.parse("2026-03-06T08:00:00Z"));
        assertThat(job("digest").schedule()).isEqualTo("daily at 08:00");
    }

    @Test
    void aRunLeftOpenByACrashIsMarkedInterruptedAndTheJobRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        Scheduler before = scheduler();
        before.register(counting("search:1", Schedule.every(HOUR, Duration.ZERO), runs));
        long open = repository.openRun("search:1", "Job search:1", RunTrigger.SCHEDULED, clock.instant());
        assertThat(status.jobs().get(0).running()).isTrue();

        clock.advance(Duration.ofMinutes(10));
        Scheduler after = scheduler();
        after.register(counting("search:1", Schedule.every(HOUR, Duration.ZERO), runs));
        assertThat(after.recoverInterrupted()).isEqualTo(1);
        RunRecord interrupted = status.runsOf("search:1", 5).stream().filter(r -> r.id() == open).findFirst().orElseThrow();
        assertThat(interrupted.outcome()).isEqualTo(RunOutcome.INTERRUPTED);
        assertThat(interrupted.endedAt()).isEqualTo(clock.instant());
        assertThat(job("search:1").running()).isFalse();

        after.tick();
        after.tick();
        assertThat(runs).hasValue(1);
        assertThat(after.recoverInterrupted()).isZero();
    }

    @Test
    void aFailingSourceIsSkippedWithBackoffWhileTheJobGoesOn() {
        List<String> used = new ArrayList<>();
        AtomicBoolean boardDown = new AtomicBoolean(true);
        Scheduler scheduler = scheduler();
        scheduler.register(ScheduledJob.of("search:1", "Search", Schedule.every(Duration.ofMinutes(10), Duration.ZERO), ctx -> {
            for (String source : List.of("board-a", "board-b")) {
                if (!ctx.sourceAvailable(source)) {
                    continue;
                }
                used.add(source);
                if (source.equals("board-a") && boardDown.get()) {
                    ctx.sourceFailed(source, "HTTP 503");
                } else {
                    ctx.sourceSucceeded(source);
                }
            }
            return JobResult.succeeded();
        }));
        scheduler.tick();
        clock.advance(Duration.ofMinutes(4));
        scheduler.runNow("search:1");
        assertThat(used).as("board-a backs off 5 min").containsExactly("board-a", "board-b", "board-b");
        clock.advance(Duration.ofMinutes(1));
        scheduler.runNow("search:1");
        assertThat(used).endsWith("board-b", "board-a", "board-b");
        clock.advance(Duration.ofMinutes(9));
        scheduler.runNow("search:1");
        assertThat(used).as("second failure: 10 min backoff").hasSize(6).endsWith("board-b", "board-b");
        boardDown.set(false);
        clock.advance(Duration.ofMinutes(1));
        scheduler.runNow("search:1");
        scheduler.runNow("search:1");
        assertThat(used.subList(used.size() - 4, used.size())).containsExactly("board-a", "board-b", "board-a", "board-b");
        assertThat(job("search:1").consecutiveFailures()).as("source failures do not fail the job").isZero();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(10);
        }
    }
}
