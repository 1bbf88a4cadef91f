package dev.careeragent.sources.search.schedule;

import dev.careeragent.schedule.JobContext;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.Scheduler;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps one scheduled job per enabled saved search ("search:ID", the search's own interval or 60 min, with
 * jitter). The searching itself is a {@link Runner} ({@link ScheduledSearches} in the app); {@link SearchSchedule}
 * calls {@link #sync()} after saved searches were added, changed, enabled, disabled or deleted.
 */
public final class SavedSearchJobs {

    public static final String KEY_PREFIX = "search:";

    /** Runs one saved search; returns what it found. May throw, which records a failed run. */
    @FunctionalInterface
    public interface Runner {
        JobResult run(long searchId, JobContext context) throws Exception;

        /** A runner that needs no progress or cancellation, e.g. {@code Runner.of(jobSearch::runSavedSearch)}. */
        static Runner of(Function<Long, JobResult> search) {
            return (id, context) -> search.apply(id);
        }
    }

    /** Used until a job search service is plugged in: each run is recorded as skipped. */
    public static final Runner NOT_INSTALLED = (id, context) -> JobResult.skipped("Job search is not available in this build");

    /** An enabled saved search as the scheduler needs it; {@code interval} null means the default. */
    public record Search(long id, String name, Duration interval) {
        public Search {
            Objects.requireNonNull(name);
        }
    }

    private final Scheduler scheduler;
    private final Supplier<List<Search>> enabledSearches;
    private final Runner runner;

    public SavedSearchJobs(Scheduler scheduler, Supplier<List<Search>> enabledSearches, Runner runner) {
        this.scheduler = scheduler;
        this.enabledSearches = enabledSearches;
        this.runner = runner;
    }

    public static String key(long searchId) {
        return KEY_PREFIX + searchId;
    }

    /** Registers a job per enabled search and drops the jobs of searches that are gone or disabled; returns the keys. */
    public synchronized List<String> sync() {
        List<Search> searches = enabledSearches.get();
        Set<String> wanted = searches.stream().map(s -> key(s.id())).collect(Collectors.toSet());
        scheduler.jobKeys().stream().filter(k -> k.startsWith(KEY_PREFIX) && !wanted.contains(k)).forEach(scheduler::unregister);
        for (Search search : searches) {
            scheduler.register(ScheduledJob.of(key(search.id()), "Search \u201c" + search.name() + "\u201d",
                    Schedule.forSavedSearch(search.interval()), context -> runner.run(search.id(), context)));
        }
        return wanted.stream().sorted().toList();
    }

    /** "Run searches now": starts every registered search that is not already running; returns how many started. */
    public int runAllNow() {
        return (int) scheduler.jobKeys().stream().filter(k -> k.startsWith(KEY_PREFIX))
                .map(scheduler::runNow).filter(r -> r == Scheduler.RunRequest.STARTED).count();
    }
}
