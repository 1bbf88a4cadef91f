package dev.careeragent.jobs.dedupe;

import dev.careeragent.jobs.JobPosting;
import java.util.List;

/** One job seen one or more times: the first posting seen, and every posting (each with its source link). */
public record DuplicateGroup(JobPosting primary, List<JobPosting> postings) {

    public DuplicateGroup {
        postings = List.copyOf(postings);
    }

    /** "source url" of every member, so one merged job keeps every place it was listed. */
    public List<String> sourceLinks() {
        return postings.stream().map(p -> p.source() + " " + p.url()).distinct().toList();
    }
}
