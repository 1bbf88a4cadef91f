package dev.careeragent.sources.search.schedule;

import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.jobs.store.SavedSearchRepository;
import dev.careeragent.schedule.JobContext;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.sources.search.JobSearchService;
import dev.careeragent.sources.search.SearchListener;
import dev.careeragent.sources.search.SearchRunResult;
import dev.careeragent.sources.search.SourceOutcome;
import java.util.Optional;

/** Runs a saved search when the scheduler says it is due; a run where every source failed counts as failed. */
public final class ScheduledSearches implements SavedSearchJobs.Runner {

    private final SavedSearchRepository savedSearches;
    private final JobSearchService jobSearch;

    public ScheduledSearches(SavedSearchRepository savedSearches, JobSearchService jobSearch) {
        this.savedSearches = savedSearches;
        this.jobSearch = jobSearch;
    }

    @Override
    public JobResult run(long searchId, JobContext context) {
        Optional<SavedSearch> search = savedSearches.all().stream()
                .filter(s -> s.getId() == searchId).findFirst();
        if (search.isEmpty()) {
            return JobResult.skipped("The saved search no longer exists");
        }
        SearchRunResult result = jobSearch.run(search.get(), new SearchListener() {
            @Override
            public void sourceProgress(String sourceId, String message, int items) {
                context.progress(-1, 0, message);
            }
        }, context::isCancelled);
        return resultOf(result);
    }

    /** A search run as the run history records it: failed when no source delivered. */
    public static JobResult resultOf(SearchRunResult result) {
        boolean allFailed = !result.outcomes().isEmpty() && result.outcomes().stream().noneMatch(SourceOutcome::ok);
        return allFailed ? JobResult.failed(result.summary())
                : JobResult.succeeded(new RunCounts(result.found(), result.newCount(), result.duplicates()), result.summary());
    }
}
