package dev.careeragent.ui.dashboard;

import dev.careeragent.analytics.DashboardCounts;
import dev.careeragent.analytics.DashboardService;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.ui.nav.Navigator;
import dev.careeragent.ui.nav.PageIds;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Dashboard state: counts loaded in the background, whether the user is new, and the first-step commands. */
public final class DashboardViewModel {

    private final DashboardService dashboard;
    private final TaskExecutor tasks;
    private final Navigator navigator;
    private final LongProperty resumeVersions = new SimpleLongProperty();
    private final LongProperty activePostings = new SimpleLongProperty();
    private final LongProperty applications = new SimpleLongProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty empty = new SimpleBooleanProperty();
    private final BooleanProperty needsResume = new SimpleBooleanProperty();
    private final BooleanProperty needsSearch = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty canImportResume = new SimpleBooleanProperty();
    private final BooleanProperty canSearchJobs = new SimpleBooleanProperty();

    public DashboardViewModel(DashboardService dashboard, TaskExecutor tasks, Navigator navigator) {
        this.dashboard = dashboard;
        this.tasks = tasks;
        this.navigator = navigator;
    }

    /** Reloads the counts in the background; a refresh while one is running is skipped. */
    public void refresh() {
        canImportResume.set(navigator.hasPage(PageIds.RESUME));
        canSearchJobs.set(navigator.hasPage(PageIds.JOBS));
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.execute(BackgroundTask.of("Loading the dashboard", dashboard::counts)
                .onSuccess(this::show)
                .onFailure(e -> error.set("The counts could not be loaded: " + e.getMessage()
                        + ". Details are on the About page."))
                .onFinished(() -> loading.set(false)));
    }

    public void importResume() {
        navigator.navigate(PageIds.RESUME);
    }

    public void searchJobs() {
        navigator.navigate(PageIds.JOBS);
    }

    private void show(DashboardCounts counts) {
        resumeVersions.set(counts.resumeVersions());
        activePostings.set(counts.activePostings());
        applications.set(counts.applications());
        empty.set(counts.isEmpty());
        needsResume.set(counts.resumeVersions() == 0);
        needsSearch.set(counts.activePostings() == 0);
        error.set("");
        loaded.set(true);
    }

    public LongProperty resumeVersionsProperty() { return resumeVersions; }
    public LongProperty activePostingsProperty() { return activePostings; }
    public LongProperty applicationsProperty() { return applications; }
    public BooleanProperty loadingProperty() { return loading; }
    public BooleanProperty loadedProperty() { return loaded; }
    public BooleanProperty emptyProperty() { return empty; }
    /** No resume imported yet: the "import your resume" step applies. */
    public BooleanProperty needsResumeProperty() { return needsResume; }
    /** No postings found yet: the "run your first job search" step applies. */
    public BooleanProperty needsSearchProperty() { return needsSearch; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty canImportResumeProperty() { return canImportResume; }
    public BooleanProperty canSearchJobsProperty() { return canSearchJobs; }
}
