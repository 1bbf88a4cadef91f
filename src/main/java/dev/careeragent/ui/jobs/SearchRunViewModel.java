package dev.careeragent.ui.jobs;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.jobs.SavedSearchesChanged;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.search.SearchListener;
import dev.careeragent.sources.search.SearchRunResult;
import dev.careeragent.sources.search.SourceOutcome;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.ui.UiServices.JobServices;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Run search": the saved searches and their editor ({@link SearchForm}), a run with one progress line per
 * source and cancel, the run's summary, and every source's health (last success, last error, paused until).
 * Progress arrives on the run's thread and is handed to {@code ui} (the FX thread in the app).
 */
public final class SearchRunViewModel {


    private final JobServices jobs;
    private final TaskExecutor tasks;
    private final SettingsStore settings;
    private final Executor ui;
    private final Runnable afterRun;
    private final Clock clock;
    private final SearchForm form = new SearchForm();
    private final ObservableList<SavedSearch> savedSearches = FXCollections.observableArrayList();
    private final ObservableList<SourceRunItem> progress = FXCollections.observableArrayList();
    private final ObservableList<SourceHealthItem> health = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty keepRunning = new SimpleBooleanProperty(true);
    private final EventBus events;
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private TaskHandle<SearchRunResult> run;

    public SearchRunViewModel(JobServices jobs, TaskExecutor tasks, SettingsStore settings, EventBus events, Executor ui,
            Runnable afterRun, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.tasks = tasks;
        this.settings = settings;
        this.ui = ui;
        this.afterRun = afterRun;
        this.clock = clock;
        form.selectSources(settings.get(SourceSettings.KEY).enabledSources());
    }

    /** Loads the saved searches and the source health in the background. */
    public void load() {
        tasks.execute(BackgroundTask.of("Loading saved searches", () -> jobs.savedSearches().all())
                .onSuccess(savedSearches::setAll)
                .onFailure(e -> error.set("Saved searches could not be loaded: " + e.getMessage())));
        refreshHealth();
    }

    public void edit(SavedSearch search) {
        form.fill(search == null ? null : search);
        if (search == null) {
            form.selectSources(settings.get(SourceSettings.KEY).enabledSources());
        }
    }

    /** Saves the editor as a saved search (a new one, or the one being edited). */
    public void save() {
        String problem = form.problem();
        if (problem != null) {
            error.set(problem);
            return;
        }
        SavedSearch search = form.toSavedSearch(clock.instant());
        Long id = form.editingId();
        tasks.execute(BackgroundTask.of("Saving the search", () -> jobs.savedSearches().save(id, search))
                .onSuccess(saved -> {
                    form.fill(saved);
                    error.set("");
                    events.publish(new SavedSearchesChanged());
                    load();
                })
                .onFailure(e -> error.set("The search could not be saved: " + e.getMessage())));
    }

    public void delete() {
        Long id = form.editingId();
        if (id == null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Deleting the search", () -> {
            jobs.savedSearches().delete(id);
            return id;
        }).onSuccess(done -> {
            edit(null);
            events.publish(new SavedSearchesChanged());
            load();
        }));
    }

    /** Runs the editor's search on its sources; one line per source follows the run. */
    public void run() {
        String problem = form.problem();
        if (problem != null || running.get()) {
            error.set(problem == null ? "" : problem);
            return;
        }
        if (keepRunning.get() && form.editingId() == null) {
            save(); // "Save and run every hour": a new search is saved, and so scheduled, as it runs
        }
        SearchCriteria criteria = form.criteria();
        List<String> sources = form.selectedSources();
        progress.setAll(sources.stream().map(id -> new SourceRunItem(id,
                SourceCatalog.entry(id).map(SourceCatalog.Entry::displayName).orElse(id))).toList());
        error.set("");
        summary.set("");
        running.set(true);
        run = tasks.execute(jobs.runs().task("Searching jobs: " + criteria.keywords(), criteria, sources, listener())
                .onSuccess(result -> summary.set(result.summary()))
                .onFailure(e -> error.set("The search stopped: " + e.getMessage()))
                .onFinished(() -> {
                    running.set(false);
                    progress.stream().filter(item -> item.stateProperty().get().equals("waiting"))
                            .forEach(item -> item.stateProperty().set("cancelled"));
                    refreshHealth();
                    afterRun.run();
                }));
    }

    public void cancel() {
        if (run != null) {
            run.cancel();
            summary.set("Cancelling after the current page\u2026");
        }
    }

    public void resume(String sourceId) {
        tasks.execute(BackgroundTask.of("Resuming a source", () -> {
            jobs.runs().resume(sourceId);
            return sourceId;
        }).onSuccess(id -> refreshHealth()));
    }

    private SearchListener listener() {
        return new SearchListener() {
            @Override
            public void sourceStarted(String sourceId, String displayName) {
                ui.execute(() -> item(sourceId, item -> item.stateProperty().set("running")));
            }

            @Override
            public void sourceProgress(String sourceId, String message, int items) {
                ui.execute(() -> item(sourceId, item -> item.detailProperty().set(message)));
            }

            @Override
            public void sourceFinished(SourceOutcome outcome) {
                ui.execute(() -> item(outcome.sourceId(), item -> {
                    item.stateProperty().set(outcome.status().name().toLowerCase(java.util.Locale.ROOT));
                    item.detailProperty().set(outcome.headline());
                    item.detailsProperty().set(outcome.message() == null ? "" : outcome.message());
                }));
            }
        };
    }

    private void item(String sourceId, java.util.function.Consumer<SourceRunItem> change) {
        progress.stream().filter(item -> item.id().equals(sourceId)).findFirst().ifPresent(change);
    }

    private void refreshHealth() {
        tasks.execute(BackgroundTask.of("Reading source health", () -> jobs.runs().health())
                .onSuccess(list -> health.setAll(list.stream().map(h -> SourceHealthItem.of(h, clock.instant())).toList())));
    }

    public SearchForm form() { return form; }
    public ObservableList<SavedSearch> savedSearches() { return savedSearches; }
    public ObservableList<SourceRunItem> progress() { return progress; }
    public ObservableList<SourceHealthItem> health() { return health; }
    public BooleanProperty runningProperty() { return running; }
    /** "Save and run every hour" (on by default): Run also saves a new search, which then runs in the background. */
    public BooleanProperty keepRunningProperty() { return keepRunning; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty errorProperty() { return error; }
}
