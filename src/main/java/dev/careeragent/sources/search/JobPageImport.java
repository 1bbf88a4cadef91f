package dev.careeragent.sources.search;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.jobs.store.PostingIngest;
import java.util.List;
import java.util.Map;

/**
 * "Add job from page": reads one job with {@link JobPageReader} and stores it like any search result
 * (deduplicated); a new job is announced with {@link NewPostingsStored}, so it is scored on arrival.
 */
public final class JobPageImport {

    /** What an import stored: the job's id and whether it was new. */
    public record Imported(long postingId, boolean isNew, JobPosting posting) {
    }

    private final JobPageReader reader;
    private final PostingIngest ingest;
    private final EventBus events;

    public JobPageImport(JobPageReader reader, PostingIngest ingest, EventBus events) {
        this.reader = reader;
        this.ingest = ingest;
        this.events = events;
    }

    /** Parses and stores the job; a job already stored gets this page as another source link. */
    public Imported importJob(String addressOrFile) {
        JobPosting posting = reader.parse(addressOrFile);
        IngestResult result = ingest.ingest(List.of(posting), Map.of());
        long id = result.postingIds().get(0);
        boolean isNew = result.newCount() == 1;
        if (isNew) {
            events.publish(new NewPostingsStored(List.of(id)));
        }
        return new Imported(id, isNew, posting);
    }
}
