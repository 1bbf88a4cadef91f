package dev.careeragent.jobs;

import java.util.List;

/**
 * What storing a batch did: how many postings came in, the ids of the ones stored as new jobs, and how many
 * were jobs already known (stored earlier or earlier in the same batch), which got a source link and a fresh last-seen.
 */
public record IngestResult(int found, List<Long> newIds, int duplicates) {

    public IngestResult {
        newIds = List.copyOf(newIds);
    }

    public static IngestResult empty() {
        return new IngestResult(0, List.of(), 0);
    }

    public int newCount() {
        return newIds.size();
    }
}
