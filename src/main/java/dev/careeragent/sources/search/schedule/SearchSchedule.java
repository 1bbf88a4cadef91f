package dev.careeragent.sources.search.schedule;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.jobs.SavedSearchesChanged;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.jobs.store.SavedSearchRepository;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.sources.search.SearchRunFinished;
import java.time.Duration;
import java.util.List;

/**
 * Saved searches that keep running: one scheduled job per enabled saved search (kept in line with the saved searches
 * as they change), "run all now", and searches run by hand recorded in the same run history. The one home of
 * saved-search scheduling; the composition root only builds it.
 */
public final class SearchSchedule {

    /** The run-history key of searches run from the Jobs page rather than on a schedule. */
    public static final String MANUAL_SEARCH_KEY = "search-now";

    private final Scheduler scheduler;
    private final SavedSearchJobs jobs;

    public SearchSchedule(Scheduler scheduler, SavedSearchRepository savedSearches, SavedSearchJobs.Runner runner) {
        this.scheduler = scheduler;
        this.jobs = new SavedSearchJobs(scheduler, () -> enabled(savedSearches), runner);
    }

    /** Desktop start: registers a job per enabled search now and again whenever the saved searches change. */
    public void start(EventBus events) {
        jobs.sync();
        events.subscribe(SavedSearchesChanged.class, changed -> jobs.sync());
    }

    /** A search run by hand goes into the run history too, so Activity and the failure notices show it. */
    public void recordManualRuns(EventBus events) {
        events.subscribe(SearchRunFinished.class, done -> scheduler.recordManualRun(MANUAL_SEARCH_KEY, done.title(),
                done.startedAt(), ScheduledSearches.resultOf(done.result())));
    }

    /** Starts every scheduled search that is not already running; returns how many started. */
    public int runAllNow() {
        return jobs.runAllNow();
    }

    private static List<SavedSearchJobs.Search> enabled(SavedSearchRepository savedSearches) {
        return savedSearches.enabled().stream().map(s -> new SavedSearchJobs.Search(s.getId(), s.getName(),
                interval(s))).toList();
    }

    private static Duration interval(SavedSearch search) {
        return search.getRunEveryMinutes() == null ? null : Duration.ofMinutes(search.getRunEveryMinutes());
    }
}
