package dev.careeragent.sources.search;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.sources.PageJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Add job from page": reads the jobs on a page with {@link JobPageReader} and stores the chosen ones like any
 * search result (deduplicated); new jobs are announced with {@link NewPostingsStored}, so they are scored on
 * arrival.
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

    /** Every job on the page at a web address or in a saved file (stores nothing). */
    public PageJobs read(String addressOrFile) {
        return reader.read(addressOrFile);
    }

    /** Stores the postings (a job page's one, or the cards picked from a search page); a known job gets another link. */
    public List<Imported> importPostings(List<JobPosting> postings) {
        IngestResult result = ingest.ingest(postings, Map.of());
        List<Imported> out = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            long id = result.postingIds().get(i);
            out.add(new Imported(id, result.newIds().contains(id), postings.get(i)));
        }
        List<Long> added = out.stream().filter(Imported::isNew).map(Imported::postingId).distinct().toList();
        if (!added.isEmpty()) {
            events.publish(new NewPostingsStored(added));
        }
        return out;
    }
}
