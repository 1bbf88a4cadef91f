package dev.careeragent.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.Navigator;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.model.RunTrigger;
import dev.careeragent.sources.fetch.SourceHealth;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {

    @TempDir
    Path dir;

    private final List<String> navigations = new ArrayList<>();

    private Navigator navigatorWith(Set<String> pages) {
        return new Navigator() {
            @Override
            public boolean navigate(String pageId) {
                navigations.add(pageId);
                return pages.contains(pageId);
            }

            @Override
            public boolean hasPage(String pageId) {
                return pages.contains(pageId);
            }
        };
    }

    @Test
    void loadsTheCountsFromTheDatabase() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            TestApp.seed(context, 2, 3, 1);
            DashboardViewModel model = new DashboardViewModel(context.dashboard(), context.tasks(), navigatorWith(Set.of()),
                    context.events(), Runnable::run);
            assertThat(model.loadedProperty().get()).isFalse();

            model.refresh();

            assertThat(model.resumeVersionsProperty().get()).isEqualTo(2);
            assertThat(model.activePostingsProperty().get()).isEqualTo(3);
            assertThat(model.applicationsProperty().get()).isEqualTo(1);
            assertThat(model.pipelineProperty().get()).isEqualTo("In progress: 1 Applied");
            assertThat(model.emptyProperty().get()).isFalse();
            assertThat(model.loadedProperty().get()).isTrue();
            assertThat(model.loadingProperty().get()).isFalse();
            assertThat(model.errorProperty().get()).isEmpty();
        }
    }

    @Test
    void aNewUserGetsTheEmptyStateAndOnlyTheStepsWhosePagesExist() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            DashboardViewModel model = new DashboardViewModel(context.dashboard(), context.tasks(),
                    navigatorWith(Set.of(PageIds.JOBS)), context.events(), Runnable::run);
            model.refresh();

            assertThat(model.emptyProperty().get()).isTrue();
            assertThat(model.needsResumeProperty().get()).isTrue();
            assertThat(model.needsSearchProperty().get()).isTrue();
            assertThat(model.canSearchJobsProperty().get()).isTrue();
            assertThat(model.canImportResumeProperty().get()).isFalse();
            assertThat(model.today().matchesEmptyNoteProperty().get()).startsWith("Import your resume");

            model.importResume();
            model.searchJobs();
            assertThat(navigations).containsExactly(PageIds.RESUME, PageIds.JOBS);
        }
    }

    @Test
    void onceAResumeIsInOnlyTheSearchStepRemains() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            TestApp.seed(context, 1, 0, 0);
            DashboardViewModel model = new DashboardViewModel(context.dashboard(), context.tasks(), navigatorWith(Set.of()),
                    context.events(), Runnable::run);
            model.refresh();

            assertThat(model.emptyProperty().get()).isFalse();
            assertThat(model.needsResumeProperty().get()).isFalse();
            assertThat(model.needsSearchProperty().get()).isTrue();
            assertThat(model.today().matchesEmptyNoteProperty().get()).doesNotContain("Import your resume");
        }
    }

    @Test
    void aDatabaseFailureBecomesAMessageNotACrash() {
        AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor());
        DashboardViewModel model = new DashboardViewModel(context.dashboard(), context.tasks(), navigatorWith(Set.of()),
                    context.events(), Runnable::run);
        context.close();

        model.refresh();

        assertThat(model.errorProperty().get()).startsWith("The dashboard could not be loaded");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.loadedProperty().get()).isFalse();
    }

    @Test
    void showsTheLastBackgroundRunsAndOnlyTheSourcesThatArePausedOrFailing() {
        Instant now = Instant.parse("2026-12-07T09:00:00Z");
        RunRecord failed = new RunRecord(2, "search:1", "Search 'Java in Berlin'", RunTrigger.SCHEDULED,
                now.minusSeconds(600), now.minusSeconds(590), RunOutcome.FAILED, new RunCounts(12, 3, 0), null,
                "Connection refused. The site did not answer.");
        RunRecord fine = new RunRecord(1, "digest", "Daily digest", RunTrigger.SCHEDULED, now.minusSeconds(7200),
                now.minusSeconds(7190), RunOutcome.SUCCEEDED, RunCounts.NONE, null, null);
        RunRecord running = new RunRecord(3, "search:2", "Search 'Nurse in Leeds'", RunTrigger.MANUAL, now.minusSeconds(5),
                null, null, null, null, null);
        SourceHealth paused = new SourceHealth("indeed", now.minusSeconds(86_400), now.minusSeconds(60), "HTTP 429",
                now.plusSeconds(3600), "The site asked us to slow down (HTTP 429).", 1);
        SourceHealth failing = new SourceHealth("remoteok", now.minusSeconds(86_400), now.minusSeconds(30),
                "No internet connection. Check the network.", null, null, 0);
        SourceHealth recovered = new SourceHealth("lever", now.minusSeconds(10), now.minusSeconds(3600), "Timed out", null, null, 0);
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            DashboardViewModel model = new DashboardViewModel(context.dashboard(), new DashboardViewModel.Background(
                    () -> List.of(running, failed, fine), () -> List.of(paused, failing, recovered), Clock.fixed(now, ZoneOffset.UTC)),
                    context.tasks(), navigatorWith(Set.of()), context.events(), Runnable::run);

            model.refresh();

            assertThat(model.today().runs()).hasSize(3);
            assertThat(model.today().runs().get(0)).contains("Search 'Nurse in Leeds'", "running");
            assertThat(model.today().runs().get(1)).contains("Search 'Java in Berlin'", "failed", "12 found, 3 new",
                    "Connection refused").doesNotContain("did not answer");
            assertThat(model.today().runs().get(2)).contains("Daily digest", "succeeded");
            assertThat(model.today().sources()).hasSize(2);
            assertThat(model.today().sources().get(0)).contains("paused until", "slow down");
            assertThat(model.today().sources().get(1)).contains("Problem at", "No internet connection");
            assertThat(String.join("\n", model.today().sources())).doesNotContain("Timed out");
        }
    }
}
