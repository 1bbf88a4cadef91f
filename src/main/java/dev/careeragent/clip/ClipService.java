package dev.careeragent.clip;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.sources.catalog.JobPageParser;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/** What POST /api/jobs does: parse the page with the any-page parser, store (deduplicated), score, announce. */
public final class ClipService {

    private final JobPageParser parser;
    private final PostingIngest ingest;
    private final Function<JobPosting, OptionalDouble> scorer;
    private final EventBus events;

    public ClipService(JobPageParser parser, PostingIngest ingest, Function<JobPosting, OptionalDouble> scorer, EventBus events) {
        this.parser = parser;
        this.ingest = ingest;
        this.scorer = scorer;
        this.events = events;
    }

    public JobClipped clip(String url, String html) {
        JobPosting parsed = parser.parse(html, url);
        IngestResult stored = ingest.ingest(List.of(parsed), Map.of());
        long id = stored.postingIds().get(0);
        OptionalDouble score = scorer.apply(parsed.toBuilder().id(id).build());
        JobClipped clipped = new JobClipped(id, parsed.title(), parsed.company(), stored.newCount() == 1,
                score.isPresent() ? score.getAsDouble() : null);
        events.publish(clipped);
        return clipped;
    }
}
