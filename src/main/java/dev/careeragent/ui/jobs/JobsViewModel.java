package dev.careeragent.ui.jobs;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.search.JobQuery.Sort;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.match.MatchResult;
import dev.careeragent.ui.UiServices.JobServices;
import dev.careeragent.ui.common.LinkOpener;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Jobs table: a query (search text, filters, sort) run in the background one page at a time, the selected
 * job's details, and the row actions (open, save, hide with undo, copy link). Results of an outdated query
 * (the user typed on) are dropped. With a resume chosen, rows carry match scores: sorted by score by default and
 * filtered by a minimum score, both in SQL page by page (PostingSearch reads the scores through match's relation).
 * The filters live in {@link JobFilters}, the row actions in {@link JobRowActions}; this class pages and selects.
 */
public final class JobsViewModel {

    static final int PAGE = 100;

    private final JobServices jobs;
    private final TaskExecutor tasks;
    private final Clock clock;

    private final JobFilters filters = new JobFilters();
    private final JobRowActions actions;
    private final ObjectProperty<Map<Long, MatchResult>> scores = new SimpleObjectProperty<>(Map.of());
    private final BooleanProperty hasResume = new SimpleBooleanProperty(true);
    private final ObservableList<String> skillGaps = FXCollections.observableArrayList();

    private final ObservableList<PostingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty storeEmpty = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<PostingRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<JobDetail> detail = new SimpleObjectProperty<>();
    private final PageJobsViewModel pageJobs;
    private int generation;
    private boolean loadingMore;
    private boolean exhausted;

    public JobsViewModel(JobServices jobs, TaskExecutor tasks, LinkOpener opener, Consumer<String> clipboard, Clock clock) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.clock = clock;
        this.actions = new JobRowActions(jobs, tasks, opener, clipboard, this);
        this.pageJobs = new PageJobsViewModel(jobs, tasks, notice, error, this::refresh);
    }

    /** The query the filters describe; an unreadable salary is ignored (and said so in the notice). */
    public JobQuery query() {
        return filters.query(LocalDate.now(clock));
    }

    /** Runs the query from the first page and reloads what the filters offer (sources, skill gaps). */
    public void refresh() {
        load(true);
    }

    /** Runs the query from the first page; for typing, which changes nothing but the rows. */
    public void refreshRows() {
        load(false);
    }

    private void load(boolean withSummary) {
        int mine = ++generation;
        JobQuery query = query();
        boolean byScore = filters.sortByScore.get();
        int min = filters.minScore.get();
        loading.set(true);
        loadingMore = false;
        tasks.execute(BackgroundTask.of("Searching stored jobs", () -> JobsResult.load(jobs, query, byScore, min, PAGE,
                        withSummary))
                .onSuccess(page -> {
                    if (mine == generation) {
                        show(page);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set("Jobs could not be loaded: " + e.getMessage() + ". Details are on the About page.");
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                }));
    }

    /** Scores were (re)computed: re-sort the rows and reload the selected job's reasons. */
    public void scoresChanged() {
        refresh();
        if (selected.get() != null) {
            select(selected.get());
        }
    }

    /** Loads the next page when the table scrolled near its end. */
    public void loadMore() {
        if (loadingMore || loading.get() || exhausted) {
            return;
        }
        loadingMore = true;
        int mine = generation;
        int offset = rows.size();
        JobQuery query = query();
        boolean byScore = filters.sortByScore.get();
        int min = filters.minScore.get();
        tasks.execute(BackgroundTask.of("Loading more jobs", () -> JobsResult.more(jobs, query, byScore, min, offset, PAGE))
                .onSuccess(more -> {
                    if (mine == generation) {
                        Map<Long, MatchResult> merged = new HashMap<>(scores.get());
                        merged.putAll(more.scores());
                        scores.set(merged);
                        rows.addAll(more.rows());
                        exhausted = more.rows().size() < PAGE;
                    }
                })
                .onFinished(() -> loadingMore = false));
    }

    public void select(PostingRow row) {
        selected.set(row);
        detail.set(null);
        if (row == null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Loading the job", () -> new JobDetail(
                        jobs.postings().find(row.id()).orElseThrow(), jobs.postings().links(row.id()),
                        jobs.matching().result(row.id()).orElse(null)))
                .onSuccess(loaded -> {
                    if (row.equals(selected.get())) {
                        detail.set(loaded);
                    }
                })
                .onFailure(e -> error.set("The job could not be loaded: " + e.getMessage())));
    }

    public void toggleSaved(PostingRow row) {
        actions.toggleSaved(row);
    }

    /** Hides the job (it leaves the list); {@link #undoHide()} brings it back. */
    public void hide(PostingRow row) {
        actions.hide(row);
    }

    public void undoHide() {
        actions.undoHide();
    }

    public void openOriginal(JobDetail job) {
        actions.openOriginal(job);
    }

    public void copyLink(JobDetail job) {
        actions.copyLink(job);
    }

    public void clearFilters() {
        filters.clear();
        refresh();
    }

    /** "Add job from page": reads the page at an address or in a saved HTML file (a job is stored, cards offered). */
    public void importJob(String addressOrFile) {
        actions.importJob(addressOrFile);
    }

    /** The cards of a listing page offered by "Add job from page". */
    public PageJobsViewModel pageJobs() {
        return pageJobs;
    }

    private void show(JobsResult page) {
        if (page.summary() != null) {
            show(page.summary());
        }
        scores.set(page.scores());
        rows.setAll(page.rows());
        exhausted = page.rows().size() < PAGE;
        total.set(page.total());
        error.set("");
        if (selected.get() != null && !rows.contains(selected.get())) {
            select(null);
        }
    }

    private void show(JobsResult.StoreSummary summary) {
        hasResume.set(summary.scored());
        if (!skillGaps.equals(summary.skillGaps())) {
            skillGaps.setAll(summary.skillGaps());
        }
        if (!sources.equals(summary.sources())) {
            sources.setAll(summary.sources());
        }
        storeEmpty.set(summary.storeEmpty());
    }

    /** The row's match score, if it was scored against the current resume. */
    public MatchResult score(PostingRow row) {
        return scores.get().get(row.id());
    }

    public StringProperty searchTextProperty() { return filters.searchText; }
    public ObjectProperty<String> sourceProperty() { return filters.source; }
    public ObjectProperty<Integer> postedWithinDaysProperty() { return filters.postedWithinDays; }
    public ObjectProperty<RemoteMode> remoteProperty() { return filters.remote; }
    public StringProperty minSalaryProperty() { return filters.minSalary; }
    public BooleanProperty savedOnlyProperty() { return filters.savedOnly; }
    public BooleanProperty hiddenOnlyProperty() { return filters.hiddenOnly; }
    public ObjectProperty<Sort> sortProperty() { return filters.sort; }
    public BooleanProperty ascendingProperty() { return filters.ascending; }
    /** Sort by match score instead of {@link #sortProperty()} (the default). */
    public BooleanProperty sortByScoreProperty() { return filters.sortByScore; }
    /** Only rows scoring at least this (0 shows all, unscored included). */
    public IntegerProperty minScoreProperty() { return filters.minScore; }
    /** Scores of the loaded rows by posting id; replaced as a whole when they change. */
    public ObjectProperty<Map<Long, MatchResult>> scoresProperty() { return scores; }
    /** False when no resume is chosen for matching: the view asks the user to import one. */
    public BooleanProperty hasResumeProperty() { return hasResume; }
    /** "Kubernetes appears in 42% of your top 50 matches; ..." lines. */
    public ObservableList<String> skillGaps() { return skillGaps; }
    public ObservableList<PostingRow> rows() { return rows; }
    public ObservableList<String> sources() { return sources; }
    /** Matching jobs, counted up to {@link PostingSearch#COUNT_CAP} + 1 (then shown as "1,000+"). */
    public IntegerProperty totalProperty() { return total; }
    public BooleanProperty loadingProperty() { return loading; }
    /** Nothing stored at all (not just nothing matching): the view suggests a first search. */
    public BooleanProperty storeEmptyProperty() { return storeEmpty; }
    public StringProperty errorProperty() { return error; }
    public StringProperty noticeProperty() { return notice; }
    public ObjectProperty<PostingRow> selectedProperty() { return selected; }
    public ObjectProperty<JobDetail> detailProperty() { return detail; }
    public ObjectProperty<PostingRow> undoableHideProperty() { return actions.undoableHide; }
}
