package dev.careeragent.jobs;

import java.util.List;

/**
 * What storing a batch did: how many postings came in, the ids of the ones stored as new jobs, how many were
 * jobs already known (stored earlier or earlier in the same batch; they got a source link and a fresh last-seen),
 * and the stored job of every incoming posting (distinct, in arrival order).
 */
public record IngestResult(int found, List<Long> newIds, int duplicates, List<Long> postingIds) {

    public IngestResult {
        newIds = List.copyOf(newIds);
        postingIds = List.copyOf(postingIds);
    }

    public static IngestResult empty() {
        return new IngestResult(0, List.of(), 0, List.of());
    }

    public int newCount() {
        return newIds.size();
    }
}
