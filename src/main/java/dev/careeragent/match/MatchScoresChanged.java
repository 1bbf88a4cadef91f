package dev.careeragent.match;

import java.util.Set;

/** Published on the event bus when scores were computed or recomputed (the Jobs page re-sorts; notify checks for high matches). */
public record MatchScoresChanged(long resumeVersionId, Set<Long> postingIds, double bestScore) {

    public MatchScoresChanged {
        postingIds = Set.copyOf(postingIds);
    }
}
