package dev.careeragent.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.Navigator;
import dev.careeragent.ui.nav.PageIds;
import java.nio.file.Path;
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
}
