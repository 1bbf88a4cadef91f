package dev.careeragent.ui.dashboard;

import dev.careeragent.analytics.DashboardCounts;
import dev.careeragent.analytics.DashboardService;
import dev.careeragent.analytics.TodayAgenda;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.match.MatchScoresChanged;
import dev.careeragent.tracker.ApplicationChanged;
import dev.careeragent.ui.common.CoalescedLoad;
import dev.careeragent.ui.nav.Navigator;
import dev.careeragent.ui.nav.PageIds;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Dashboard state: counts and today's agenda loaded in the background (again when applications or scores change),
 * whether the user is new, and the commands that lead to the page where the next step is taken. "New since your
 * last visit" is fixed when the app first shows the Dashboard, so it does not empty on every return to the page.
 */
public final class DashboardViewModel {

    private record Loaded(DashboardCounts counts, TodayAgenda agenda) {
    }

    private final DashboardService dashboard;
    private final Navigator navigator;
    private final LongProperty resumeVersions = new SimpleLongProperty();
    private final LongProperty activePostings = new SimpleLongProperty();
    private final LongProperty applications = new SimpleLongProperty();
    private final CoalescedLoad<Loaded> load;
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty empty = new SimpleBooleanProperty();
    private final BooleanProperty needsResume = new SimpleBooleanProperty();
    private final BooleanProperty needsSearch = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty canImportResume = new SimpleBooleanProperty();
    private final BooleanProperty canSearchJobs = new SimpleBooleanProperty();
    private final BooleanProperty canOpenApplications = new SimpleBooleanProperty();
    private final TodayLines today = new TodayLines();
    private volatile Instant visitSince;

    public DashboardViewModel(DashboardService dashboard, TaskExecutor tasks, Navigator navigator, EventBus events,
            Executor uiThread) {
        this.dashboard = dashboard;
        this.navigator = navigator;
        this.load = new CoalescedLoad<>(tasks, "Loading the dashboard", () -> new Loaded(dashboard.counts(), dashboard.today(since())),
                this::show, e -> error.set("The dashboard could not be loaded: " + e.getMessage() + ". Details are on the About page."));
        events.subscribe(ApplicationChanged.class, e -> uiThread.execute(this::refreshIfShownBefore));
        events.subscribe(MatchScoresChanged.class, e -> uiThread.execute(this::refreshIfShownBefore));
    }

    /** Reloads counts and agenda in the background; one asked for while one runs follows it. */
    public void refresh() {
        canImportResume.set(navigator.hasPage(PageIds.RESUME));
        canSearchJobs.set(navigator.hasPage(PageIds.JOBS));
        canOpenApplications.set(navigator.hasPage(PageIds.APPLICATIONS));
        load.run();
    }

    private void refreshIfShownBefore() {
        if (loaded.get()) {
            refresh();
        }
    }

    private Instant since() {
        if (visitSince == null) {
            visitSince = dashboard.beginVisit();
        }
        return visitSince;
    }

    public void importResume() {
        navigator.navigate(PageIds.RESUME);
    }

    public void searchJobs() {
        navigator.navigate(PageIds.JOBS);
    }

    public void openApplications() {
        navigator.navigate(PageIds.APPLICATIONS);
    }

    private void show(Loaded result) {
        DashboardCounts counts = result.counts();
        resumeVersions.set(counts.resumeVersions());
        activePostings.set(counts.activePostings());
        applications.set(counts.applications());
        empty.set(counts.isEmpty());
        needsResume.set(counts.resumeVersions() == 0);
        needsSearch.set(counts.activePostings() == 0);
        today.show(result.agenda());
        error.set("");
        loaded.set(true);
    }

    public LongProperty resumeVersionsProperty() { return resumeVersions; }
    public LongProperty activePostingsProperty() { return activePostings; }
    public LongProperty applicationsProperty() { return applications; }
    public BooleanProperty loadingProperty() { return load.loadingProperty(); }
    public BooleanProperty loadedProperty() { return loaded; }
    public BooleanProperty emptyProperty() { return empty; }
    /** No resume imported yet: the "import your resume" step applies. */
    public BooleanProperty needsResumeProperty() { return needsResume; }
    /** No postings found yet: the "run your first job search" step applies. */
    public BooleanProperty needsSearchProperty() { return needsSearch; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty canImportResumeProperty() { return canImportResume; }
    public BooleanProperty canSearchJobsProperty() { return canSearchJobs; }
    public BooleanProperty canOpenApplicationsProperty() { return canOpenApplications; }
    /** Today's agenda as lines of text, with what to do when a list is empty. */
    public TodayLines today() { return today; }

    /** The agenda's four lists as display lines. */
    public static final class TodayLines {
        private final ObservableList<String> followUps = FXCollections.observableArrayList();
        private final ObservableList<String> interviews = FXCollections.observableArrayList();
        private final ObservableList<String> newMatches = FXCollections.observableArrayList();
        private final ObservableList<String> offers = FXCollections.observableArrayList();
        private final StringProperty matchesEmptyNote = new SimpleStringProperty("");

        void show(TodayAgenda agenda) {
            followUps.setAll(agenda.followUps().stream().map(TodayText::followUp).toList());
            interviews.setAll(agenda.interviews().stream().map(TodayText::interview).toList());
            newMatches.setAll(agenda.newMatches().stream().map(TodayText::match).toList());
            offers.setAll(agenda.offers().stream().map(TodayText::offer).toList());
            matchesEmptyNote.set(TodayText.noMatches(agenda));
        }

        public ObservableList<String> followUps() { return followUps; }
        public ObservableList<String> interviews() { return interviews; }
        public ObservableList<String> newMatches() { return newMatches; }
        public ObservableList<String> offers() { return offers; }
        public StringProperty matchesEmptyNoteProperty() { return matchesEmptyNote; }
    }
}
