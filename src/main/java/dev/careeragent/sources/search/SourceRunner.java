package dev.careeragent.sources.search;

import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobStoreException;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.JobSource;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.SearchProgress;
import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.SearchResult;
import dev.careeragent.sources.fetch.SourceHealth;
import dev.careeragent.sources.search.SourceOutcome.Status;
import dev.careeragent.sources.settings.SourceSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one source of a search and turns whatever happens into a {@link SourceOutcome}; it never throws. */
final class SourceRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SourceRunner.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SourceCatalog catalog;
    private final Politeness politeness;
    private final PostingIngest ingest;
    private final SourceSettings config;
    private final Clock clock;

    SourceRunner(SourceCatalog catalog, Politeness politeness, PostingIngest ingest, SourceSettings config, Clock clock) {
        this.catalog = catalog;
        this.politeness = politeness;
        this.ingest = ingest;
        this.config = config;
        this.clock = clock;
    }

    SourceOutcome run(String id, SearchCriteria criteria, RunTransports transports, SearchListener listener,
            BooleanSupplier cancelled, List<Long> newIds, java.util.Collection<Long> foundIds) {
        JobSource source;
        try {
            Optional<JobSource> found = catalog.find(id, config);
            if (found.isEmpty()) {
                return failed(id, id, "There is no job source called \"" + id + "\". Known sources: "
                        + String.join(", ", SourceCatalog.ENTRIES.stream().map(SourceCatalog.Entry::id).toList()) + ".");
            }
            source = found.get();
        } catch (IllegalArgumentException badSetting) {
            return failed(id, id, badSetting.getMessage());
        }
        listener.sourceStarted(id, source.displayName());
        Optional<SourceOutcome> skipped = reasonToSkip(source);
        if (skipped.isPresent()) {
            return skipped.get();
        }
        SearchResult<JobPosting> result;
        try {
            SearchProgress progress = new SearchProgress() {
                @Override
                public void update(String message, int itemsSoFar) {
                    listener.sourceProgress(id, message, itemsSoFar);
                }

                @Override
                public boolean cancelled() {
                    return cancelled.getAsBoolean();
                }
            };
            result = source.search(criteria, politeness.fetcher(source.policy(), transports.forSource(source)), progress);
        } catch (FetchException e) {
            if (!e.stopsSource()) {
                politeness.health().recordError(id, e.getMessage()); // e.g. an unreadable answer, which the fetcher took
            }
            return SourceOutcome.withoutResults(id, source.displayName(), statusOf(e), e.headline(), e.getMessage(),
                    pausedUntil(id));
        } catch (JobPageParseException e) {
            politeness.health().recordError(id, e.getMessage());
            return failed(id, source.displayName(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly", source.displayName(), e);
            politeness.health().recordError(id, String.valueOf(e.getMessage()));
            return failed(id, source.displayName(), source.displayName() + " failed unexpectedly (" + e.getMessage()
                    + "). The other sources were not affected; details are in the log.");
        }
        return store(source, result, cancelled, newIds, foundIds);
    }

    private Optional<SourceOutcome> reasonToSkip(JobSource source) {
        String id = source.id();
        boolean optIn = SourceCatalog.entry(id).map(SourceCatalog.Entry::optIn).orElse(false);
        if (optIn && !config.linkedInOptIn()) {
            return Optional.of(SourceOutcome.withoutResults(id, source.displayName(), Status.SKIPPED,
                    source.displayName() + " is off (it needs your opt-in)", source.displayName() + " is off. "
                    + SourceCatalog.entry(id).map(SourceCatalog.Entry::notice).orElse("")
                    + " Turn it on in Settings > Job sources if you accept that.", null));
        }
        Optional<String> notReady = source.notReady();
        if (notReady.isPresent()) {
            return Optional.of(skip(source, notReady.get()));
        }
        Optional<SourceHealth> paused = politeness.health().pausedNow(id);
        if (paused.isPresent()) {
            return Optional.of(SourceOutcome.withoutResults(id, source.displayName(), Status.PAUSED, source.displayName()
                    + " is paused until " + time(paused.get().pausedUntil()) + " because " + paused.get().pauseReason()
                    + ". Nothing was requested.", paused.get().pausedUntil()));
        }
        Instant last = politeness.health().get(id).lastSuccess();
        if (last != null && !source.minRunInterval().isZero()
                && last.plus(source.minRunInterval()).isAfter(clock.instant())) {
            return Optional.of(skip(source, source.displayName() + " asks to be called only a few times a day; it ran at "
                    + time(last) + ", so it runs again after " + time(last.plus(source.minRunInterval())) + "."));
        }
        return Optional.empty();
    }

    private SourceOutcome store(JobSource source, SearchResult<JobPosting> result, BooleanSupplier cancelled,
            List<Long> newIds, java.util.Collection<Long> foundIds) {
        String id = source.id();
        IngestResult stored;
        try {
            stored = ingest.ingest(result.items(), source.attribution().map(text -> Map.of(id, text)).orElse(Map.of()));
        } catch (JobStoreException e) {
            LOG.error("Postings of {} could not be stored", id, e);
            return failed(id, source.displayName(), result.items().size() + " jobs from " + source.displayName()
                    + " could not be stored (" + e.getMessage() + "). Check the free disk space, then search again.");
        }
        newIds.addAll(stored.newIds());
        foundIds.addAll(stored.postingIds());
        Status status;
        String message = null;
        String counts = stored.found() + " found, " + stored.newCount() + " new";
        String headline = counts;
        if (result.stoppedBy() != null) {
            Status why = statusOf(result.stoppedBy());
            status = why == Status.BLOCKED || why == Status.CANCELLED ? why : Status.PARTIAL;
            message = partialReport(result);
            headline = counts + "; then " + result.stoppedBy().headline();
        } else {
            status = cancelled.getAsBoolean() ? Status.CANCELLED : Status.SUCCEEDED;
        }
        return new SourceOutcome(id, source.displayName(), status, stored.found(), stored.newCount(),
                stored.duplicates(), headline, message, pausedUntil(id));
    }

    /** E.g. "Read 2 pages (50 jobs); page 3 failed: Remote OK answered HTTP 503 ...". */
    private static String partialReport(SearchResult<JobPosting> result) {
        int pages = result.pagesFetched();
        return "Read " + pages + (pages == 1 ? " page (" : " pages (") + result.items().size()
                + (result.items().size() == 1 ? " job); " : " jobs); ") + result.stoppedAt() + " failed: "
                + result.stoppedBy().getMessage();
    }

    private Instant pausedUntil(String id) {
        return politeness.health().pausedNow(id).map(SourceHealth::pausedUntil).orElse(null);
    }

    private static Status statusOf(FetchException e) {
        return switch (e.kind()) {
            case BLOCKED, RATE_LIMITED -> Status.BLOCKED;
            case SOURCE_PAUSED -> Status.PAUSED;
            case CANCELLED -> Status.CANCELLED;
            default -> Status.FAILED;
        };
    }

    private static SourceOutcome skip(JobSource source, String message) {
        return SourceOutcome.withoutResults(source.id(), source.displayName(), Status.SKIPPED, message, null);
    }

    private static SourceOutcome failed(String id, String name, String message) {
        return SourceOutcome.withoutResults(id, name, Status.FAILED, message, null);
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
