package dev.careeragent.sources.search.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.SavedSearchesChanged;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.jobs.store.SavedSearchRepository;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.store.ScheduleRepository;
import dev.careeragent.store.Database;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One scheduled job per enabled saved search, kept in line with the stored searches. */
class SavedSearchJobsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T07:00:00Z"), ZoneOffset.UTC);
    private Database db;
    private Scheduler scheduler;
    private ScheduleStatus status;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        ScheduleRepository repository = new ScheduleRepository(db);
        scheduler = new Scheduler(repository, new CurrentThreadTaskExecutor(), new EventBus(), clock);
        status = new ScheduleStatus(repository);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneJobPerEnabledSearchWithItsIntervalAndThePluggedInRunner() {
        List<SavedSearchJobs.Search> searches = new ArrayList<>(List.of(
                new SavedSearchJobs.Search(1, "Java in Berlin", null),
                new SavedSearchJobs.Search(2, "Remote Kotlin", Duration.ofMinutes(30))));
        List<Long> ran = new CopyOnWriteArrayList<>();
        Function<Long, JobResult> jobSearch = id -> {
            ran.add(id);
            return JobResult.succeeded(new RunCounts(10, 3, 1), "ok");
        };
        SavedSearchJobs jobs = new SavedSearchJobs(scheduler, () -> List.copyOf(searches), SavedSearchJobs.Runner.of(jobSearch));

        assertThat(jobs.sync()).containsExactly("search:1", "search:2");
        assertThat(status.jobs()).extracting(JobStatus::key, JobStatus::schedule)
                .contains(org.assertj.core.groups.Tuple.tuple("search:1", "every 60 min"),
                        org.assertj.core.groups.Tuple.tuple("search:2", "every 30 min"));

        assertThat(jobs.runAllNow()).isEqualTo(2);
        assertThat(ran).containsExactlyInAnyOrder(1L, 2L);
        assertThat(status.runsOf("search:1", 5)).singleElement()
                .satisfies(r -> assertThat(r.counts()).isEqualTo(new RunCounts(10, 3, 1)));

        searches.remove(0);
        assertThat(jobs.sync()).containsExactly("search:2");
        assertThat(scheduler.jobKeys()).containsExactly("search:2");
    }

    @Test
    void withoutAJobSearchServiceRunsAreRecordedAsSkipped() {
        SavedSearchJobs jobs = new SavedSearchJobs(scheduler, () -> List.of(new SavedSearchJobs.Search(5, "Any", null)),
                SavedSearchJobs.NOT_INSTALLED);
        jobs.sync();
        jobs.runAllNow();
        assertThat(status.runsOf("search:5", 5)).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(RunOutcome.SKIPPED));
    }

    @Test
    void theScheduleFollowsTheStoredSavedSearchesAsTheyChange() {
        SavedSearchRepository saved = new SavedSearchRepository(db);
        SavedSearch java = saved.save(new SavedSearch("Java in Berlin", "Java", "Berlin", List.of("remoteok"), clock.instant()));
        SavedSearch off = new SavedSearch("Paused", "Go", null, List.of("remoteok"), clock.instant());
        off.setEnabled(false);
        saved.save(off);
        db.inTransaction(s -> s.createNativeMutationQuery("UPDATE saved_search SET run_every_minutes = 30 WHERE id = :id")
                .setParameter("id", java.getId()).executeUpdate());
        EventBus events = new EventBus();
        SearchSchedule schedule = new SearchSchedule(scheduler, saved, SavedSearchJobs.NOT_INSTALLED);

        schedule.start(events);
        assertThat(status.jobs()).extracting(JobStatus::key, JobStatus::schedule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("search:" + java.getId(), "every 30 min"));

        SavedSearch kotlin = saved.save(new SavedSearch("Kotlin", "Kotlin", null, List.of("remoteok"), clock.instant()));
        events.publish(new SavedSearchesChanged());
        assertThat(scheduler.jobKeys()).containsExactlyInAnyOrder("search:" + java.getId(), "search:" + kotlin.getId());
        saved.delete(java.getId());
        events.publish(new SavedSearchesChanged());
        assertThat(scheduler.jobKeys()).containsExactly("search:" + kotlin.getId());
        assertThat(schedule.runAllNow()).isEqualTo(1);
    }
}
