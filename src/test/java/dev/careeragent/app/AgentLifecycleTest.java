package dev.careeragent.app;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.analytics.DailySnapshot;
import dev.careeragent.analytics.store.SnapshotRepository;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.notify.FollowUpDue;
import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.RunStarted;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.NewApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler as the desktop app starts it, on real services, with a clock the test moves. */
class AgentLifecycleTest {

    private static final Duration TICK = Duration.ofMillis(50);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private AppContext open() {
        DataFolder folder = new DataFolder(dir);
        return new AppContext(folder, clock, new SettingsStore(folder.settingsFile()), new RecentErrors(),
                new CurrentThreadTaskExecutor());
    }

    @Test
    void startingTheAppRegistersAndTicksTheBuiltInJobs() {
        try (AppContext context = open()) {
            List<RunStarted> started = new CopyOnWriteArrayList<>();
            context.events().subscribe(RunStarted.class, started::add);
            try (AgentLifecycle ignored = AgentLifecycle.start(context.agent(), TICK)) {
                waitUntil("the outbox job ran on the first tick", WAIT,
                        () -> started.stream().anyMatch(r -> r.jobKey().equals("email-outbox")));
                assertThat(context.agent().scheduler().jobKeys())
                        .contains("email-outbox", "digest", "follow-ups", "archive-stale", "analytics-snapshot");
                assertThat(context.scheduleStatus().jobs()).extracting(JobStatus::key)
                        .contains("archive-stale", "analytics-snapshot");
                assertThat(started).noneMatch(r -> r.jobKey().equals("archive-stale"))
                        .as("daily jobs wait for their time");
            }
        }
    }

    @Test
    void aSearchSavedWhileTheAppRunsIsScheduledAtOnce() {
        try (AppContext context = open()) {
            try (AgentLifecycle ignored = AgentLifecycle.start(context.agent(), TICK)) {
                waitUntil("the agent started", WAIT, () -> context.agent().scheduler().jobKeys().contains("email-outbox"));
                var saved = context.savedSearches().save(null, new dev.careeragent.jobs.store.SavedSearch("Java",
                        "java", null, List.of("remoteok"), clock.instant()));
                assertThat(context.agent().scheduler().jobKeys()).doesNotContain("search:" + saved.getId());

                context.events().publish(new dev.careeragent.jobs.SavedSearchesChanged());

                waitUntil("the search is scheduled", WAIT,
                        () -> context.agent().scheduler().jobKeys().contains("search:" + saved.getId()));
            }
        }
    }

    @Test
    void afterAMonthAsleepStalePostingsAreArchivedAndOneSnapshotIsTaken() {
        try (AppContext context = open()) {
            JobPostingRepository postings = new JobPostingRepository(context.database(), clock);
            JobPosting stale = postings.save(posting("old"));
            context.tracker().track(application("Acme", "Engineer", ApplicationStatus.APPLIED));
            try (AgentLifecycle ignored = AgentLifecycle.start(context.agent(), TICK)) {
                waitUntil("the first tick", WAIT, () -> !context.scheduleStatus().recentRuns(1).isEmpty());
                clock.advance(Duration.ofDays(31));
                JobPosting fresh = postings.save(posting("new"));
                waitUntil("archive and snapshot ran", WAIT, () -> ended(context, "archive-stale") && ended(context, "analytics-snapshot"));

                assertThat(postings.find(stale.id()).orElseThrow().archived()).isTrue();
                assertThat(postings.find(fresh.id()).orElseThrow().archived()).isFalse();
                assertThat(postings.countActive()).isEqualTo(1);
                assertThat(context.scheduleStatus().runsOf("archive-stale", 10)).hasSize(1)
                        .first().satisfies(run -> assertThat(run.counts().found()).isEqualTo(1));
                assertThat(context.scheduleStatus().runsOf("analytics-snapshot", 10)).as("caught up once, not 31 times").hasSize(1);

                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
                List<DailySnapshot> rows = new SnapshotRepository(context.database()).between(today.minusDays(40), today);
                assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.day()).isEqualTo(today);
                    assertThat(row.postings()).isEqualTo(1);
                    assertThat(row.newPostings()).isEqualTo(1);
                    assertThat(row.archivedPostings()).isEqualTo(1);
                    assertThat(row.applicationsByStatus()).containsEntry("APPLIED", 1L);
                });
            }
        }
    }

    @Test
    void aSecondSnapshotOnTheSameDayReplacesTheFirst() {
        try (AppContext context = open()) {
            context.agent().snapshots().takeToday();
            new JobPostingRepository(context.database(), clock).save(posting("later"));
            clock.advance(Duration.ofHours(2));
            context.agent().snapshots().takeToday();
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            assertThat(new SnapshotRepository(context.database()).between(today, today))
                    .singleElement().satisfies(row -> assertThat(row.postings()).isEqualTo(1));
        }
    }

    @Test
    void anApplicationQuietForAWeekIsRemindedOnce() {
        try (AppContext context = open()) {
            context.tracker().track(application("Acme", "Engineer", ApplicationStatus.APPLIED));
            context.tracker().track(application("Initech", "Tester", ApplicationStatus.REJECTED));
            List<FollowUpDue> reminders = new CopyOnWriteArrayList<>();
            context.events().subscribe(FollowUpDue.class, reminders::add);
            try (AgentLifecycle ignored = AgentLifecycle.start(context.agent(), TICK)) {
                waitUntil("the first tick", WAIT, () -> !context.scheduleStatus().recentRuns(1).isEmpty());
                clock.advance(Duration.ofDays(8));
                context.agent().scheduler().runNow("follow-ups");
                waitUntil("the follow-up run ended", WAIT, () -> ended(context, "follow-ups"));
                assertThat(reminders).singleElement().satisfies(r -> {
                    assertThat(r.company()).isEqualTo("Acme");
                    assertThat(r.quietDays()).isEqualTo(7);
                });

                clock.advance(Duration.ofDays(1));
                context.agent().scheduler().runNow("follow-ups");
                waitUntil("the second run ended", WAIT, () -> context.scheduleStatus().runsOf("follow-ups", 5).size() == 2
                        && context.scheduleStatus().runsOf("follow-ups", 1).get(0).outcome() != null);
                assertThat(reminders).as("reminded once, not every day").hasSize(1);
            }
        }
    }

    private static boolean ended(AppContext context, String key) {
        List<RunRecord> runs = context.scheduleStatus().runsOf(key, 1);
        return !runs.isEmpty() && runs.get(0).outcome() == RunOutcome.SUCCEEDED;
    }

    private static JobPosting posting(String id) {
        return JobPosting.builder().source("test").sourceId(id).title("Engineer " + id).company("Acme").build();
    }

    private static NewApplication application(String company, String title, ApplicationStatus status) {
        return new NewApplication(null, company, title, status, null, null, null, null, null, null, null, null);
    }
}
