package dev.careeragent.sources.search;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.jobs.JobStoreException;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.jobs.stale.StalePostings;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.browser.BrowserOptions;
import dev.careeragent.sources.browser.BrowserSession;
import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.ProxySettings;
import dev.careeragent.sources.fetch.SourceHealth;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.sources.store.SourceHealthRepository;
import dev.careeragent.sources.store.SourceStoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a search across its sources, one after another: fetch politely, normalise, deduplicate against the
 * stored postings, store. A source that fails, is blocked or is paused never stops the others; each gets an
 * outcome. One browser session per run (a context per source), started only if a browser source runs.
 * Afterwards postings not seen for the stale period are archived, source health is saved, and
 * {@link NewPostingsStored} is published with the new postings' ids.
 */
public final class JobSearchService {

    private static final Logger LOG = LoggerFactory.getLogger(JobSearchService.class);

    private final SourceCatalog catalog;
    private final Politeness politeness;
    private final SourceSettingsService settings;
    private final PostingIngest ingest;
    private final StalePostings stale;
    private final SourceHealthRepository healthStore;
    private final EventBus events;
    private final Function<BrowserOptions, BrowserSession> browsers;
    private final Clock clock;

    /** @param browsers starts the one browser of a run (the app: {@code BrowserSession::new}) */
    public JobSearchService(SourceCatalog catalog, Politeness politeness, SourceSettingsService settings, PostingIngest ingest,
            StalePostings stale, SourceHealthRepository healthStore, EventBus events,
            Function<BrowserOptions, BrowserSession> browsers, Clock clock) {
        this.catalog = catalog;
        this.politeness = politeness;
        this.settings = settings;
        this.ingest = ingest;
        this.stale = stale;
        this.healthStore = healthStore;
        this.events = events;
        this.browsers = browsers;
        this.clock = clock;
        try {
            healthStore.loadInto(politeness.health());
        } catch (SourceStoreException e) {
            LOG.warn("Saved source health could not be read; starting fresh: {}", e.getMessage());
        }
    }

    /** The source settings this service runs with (Settings > Job sources edits them). */
    public SourceSettingsService settings() {
        return settings;
    }

    /** Runs a saved search on its sources (or the enabled sources when it names none). */
    public SearchRunResult run(SavedSearch search, SearchListener listener, BooleanSupplier cancelled) {
        return run(SearchCriteria.of(search), search.getSources(), listener, cancelled);
    }

    public SearchRunResult run(SearchCriteria criteria, List<String> sourceIds, SearchListener listener,
            BooleanSupplier cancelled) {
        SourceSettings config = settings.sources();
        List<String> ids = sourceIds == null || sourceIds.isEmpty() ? config.enabledSources() : sourceIds;
        ProxySettings proxy = settings.proxy();
        List<SourceOutcome> outcomes = new ArrayList<>();
        List<Long> newIds = new ArrayList<>();
        java.util.Set<Long> foundIds = new java.util.LinkedHashSet<>();
        SourceRunner runner = new SourceRunner(catalog, politeness, ingest, config, clock);
        try (RunTransports transports = new RunTransports(settings.browserPath(), proxy, browsers)) {
            for (String id : ids) {
                SourceOutcome outcome = cancelled.getAsBoolean()
                        ? SourceOutcome.withoutResults(id, id, SourceOutcome.Status.CANCELLED, "Cancelled before it started.", null)
                        : runner.run(id, criteria, transports, listener, cancelled, newIds, foundIds);
                outcomes.add(outcome);
                saveHealth(id);
                listener.sourceFinished(outcome);
            }
        }
        int archived = archiveStale();
        if (!newIds.isEmpty()) {
            events.publish(new NewPostingsStored(newIds));
        }
        SearchRunResult result = new SearchRunResult(outcomes, newIds, new ArrayList<>(foundIds), archived,
                cancelled.getAsBoolean());
        LOG.info("Search '{}' on {}: {}", criteria.keywords(), ids, result.summary());
        return result;
    }

    /** The run as a background task: progress per source in its message, cancellable; announced with {@link SearchRunFinished}. */
    public BackgroundTask<SearchRunResult> task(String title, SearchCriteria criteria, List<String> sourceIds,
            SearchListener listener) {
        return BackgroundTask.of(title, task -> {
            int total = Math.max(1, sourceIds == null || sourceIds.isEmpty()
                    ? settings.sources().enabledSources().size() : sourceIds.size());
            int[] done = {0};
            task.updateProgress(0, total);
            Instant started = clock.instant();
            SearchRunResult result = run(criteria, sourceIds, new SearchListener() {
                @Override
                public void sourceStarted(String sourceId, String displayName) {
                    task.updateMessage(displayName + ": starting");
                    listener.sourceStarted(sourceId, displayName);
                }

                @Override
                public void sourceProgress(String sourceId, String message, int items) {
                    task.updateMessage(sourceId + ": " + message);
                    listener.sourceProgress(sourceId, message, items);
                }

                @Override
                public void sourceFinished(SourceOutcome outcome) {
                    task.updateProgress(++done[0], total);
                    listener.sourceFinished(outcome);
                }
            }, task::isCancelled);
            events.publish(new SearchRunFinished(title, started, result));
            return result;
        });
    }

    /** Archives postings not seen for the stale period (Settings, default 30 days); returns how many. */
    public int archiveStale() {
        try {
            return stale.archive();
        } catch (JobStoreException e) {
            LOG.warn("Stale postings could not be archived: {}", e.getMessage());
            return 0;
        }
    }

    /** Health of every known source (unknown ones read as never run), for the Jobs page. */
    public List<SourceHealth> health() {
        return SourceCatalog.ENTRIES.stream().map(e -> politeness.health().get(e.id())).toList();
    }

    /** Ends a source's pause now (the user chose "try again"). */
    public void resume(String sourceId) {
        politeness.health().resume(sourceId);
        saveHealth(sourceId);
    }

    private void saveHealth(String sourceId) {
        try {
            healthStore.save(politeness.health().get(sourceId));
        } catch (SourceStoreException e) {
            LOG.warn("Health of {} could not be saved: {}", sourceId, e.getMessage());
        }
    }
}
