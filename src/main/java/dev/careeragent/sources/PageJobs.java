package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import java.util.List;

/**
 * What one page holds: the postings of a search-results or board page (one per card), or the single posting of a
 * job page, with whether that posting is closed ("No longer accepting applications", validThrough passed).
 */
public record PageJobs(List<JobPosting> postings, boolean listing, boolean closed) {

    public PageJobs {
        postings = List.copyOf(postings);
    }

    public static PageJobs listing(List<JobPosting> cards) {
        return new PageJobs(cards, true, false);
    }

    public static PageJobs single(JobPosting posting, boolean closed) {
        return new PageJobs(List.of(posting), false, closed);
    }
}
