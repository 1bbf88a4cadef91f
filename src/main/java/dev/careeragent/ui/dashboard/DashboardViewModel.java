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
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.sources.fetch.SourceHealth;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
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

    private record Loaded(DashboardCounts counts, TodayAgenda agenda, List<RunRecord> runs, List<SourceHealth> troubled) {
    }

    /** The agent's side of the day: its last runs and the health of the job sources (both read in the background). */
    public record Background(Supplier<List<RunRecord>> lastRuns, Supplier<List<SourceHealth>> sources, Clock clock) {
        static final Background NONE = new Background(List::of, List::of, Clock.systemUTC());

        /** Sources that are paused or whose last attempt failed after their last success. */
        List<SourceHealth> troubled() {
            Instant now = clock.instant();
            return sources.get().stream().filter(h -> h.isPausedAt(now) || (h.lastErrorAt() != null
                    && (h.lastSuccess() == null || h.lastErrorAt().isAfter(h.lastSuccess())))).toList();
        }
    }

    public static final int LAST_RUNS = 5;

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
    private final StringProperty pipeline = new SimpleStringProperty("");
    private final BooleanProperty canImportResume = new SimpleBooleanProperty();
    private final BooleanProperty canSearchJobs = new SimpleBooleanProperty();
    private final BooleanProperty canOpenApplications = new SimpleBooleanProperty();
    private final TodayLines today = new TodayLines();
    private volatile Instant visitSince;
    private final Clock clock;

    public DashboardViewModel(DashboardService dashboard, TaskExecutor tasks, Navigator navigator, EventBus events,
            Executor uiThread) {
        this(dashboard, Background.NONE, tasks, navigator, events, uiThread);
    }

    public DashboardViewModel(DashboardService dashboard, Background background, TaskExecutor tasks, Navigator navigator,
            EventBus events, Executor uiThread) {
        this.dashboard = dashboard;
        this.navigator = navigator;
        this.clock = background.clock();
        this.load = new CoalescedLoad<>(tasks, "Loading the dashboard", () -> new Loaded(dashboard.counts(),
                dashboard.today(since()), background.lastRuns().get(), background.troubled()),
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
        pipeline.set(counts.pipelineLine());
        empty.set(counts.isEmpty());
        needsResume.set(counts.resumeVersions() == 0);
        needsSearch.set(counts.activePostings() == 0);
        today.show(result.agenda(), counts.resumeVersions() > 0);
        today.runs.setAll(result.runs().stream().limit(LAST_RUNS).map(TodayText::run).toList());
        today.sources.setAll(result.troubled().stream().map(h -> TodayText.source(h, clock.instant())).toList());
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
    /** The open applications by status, e.g. "In progress: 3 Saved · 1 Interview"; empty when none. */
    public StringProperty pipelineProperty() { return pipeline; }
    public BooleanProperty canImportResumeProperty() { return canImportResume; }
    public BooleanProperty canSearchJobsProperty() { return canSearchJobs; }
    public BooleanProperty canOpenApplicationsProperty() { return canOpenApplications; }
    /** Today's agenda as lines of text, with what to do when a list is empty. */
    public TodayLines today() { return today; }

    /** The agenda's lists, the last runs and the troubled sources as display lines. */
    public static final class TodayLines {
        private final ObservableList<String> followUps = FXCollections.observableArrayList();
        private final ObservableList<String> interviews = FXCollections.observableArrayList();
        private final ObservableList<String> newMatches = FXCollections.observableArrayList();
        private final ObservableList<String> offers = FXCollections.observableArrayList();
        private final ObservableList<String> runs = FXCollections.observableArrayList();
        private final ObservableList<String> sources = FXCollections.observableArrayList();
        private final StringProperty matchesEmptyNote = new SimpleStringProperty("");

        void show(TodayAgenda agenda, boolean hasResume) {
            followUps.setAll(agenda.followUps().stream().map(TodayText::followUp).toList());
            interviews.setAll(agenda.interviews().stream().map(TodayText::interview).toList());
            newMatches.setAll(agenda.newMatches().stream().map(TodayText::match).toList());
            offers.setAll(agenda.offers().stream().map(TodayText::offer).toList());
            matchesEmptyNote.set(TodayText.noMatches(agenda, hasResume));
        }

        public ObservableList<String> followUps() { return followUps; }
        public ObservableList<String> interviews() { return interviews; }
        public ObservableList<String> newMatches() { return newMatches; }
        public ObservableList<String> offers() { return offers; }
        public StringProperty matchesEmptyNoteProperty() { return matchesEmptyNote; }
        /** The agent's last background runs, newest first. */
        public ObservableList<String> runs() { return runs; }
        /** Job sources that are paused or failing. */
        public ObservableList<String> sources() { return sources; }
    }
}
