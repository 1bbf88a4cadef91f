package dev.careeragent.match;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where match keeps posting features and scores. {@code match.store} implements it over SQLite; match itself
 * never sees SQL, and failures surface as {@link MatchException}.
 */
public interface ScoreStore {

    /** Every stored posting's features. */
    Map<Long, PostingFeatures> loadFeatures();

    void saveFeatures(Map<Long, PostingFeatures> features);

    void saveScores(long resumeVersionId, String profileHash, List<MatchResult> results);

    /**
     * Marks stored scores as computed from {@code profileHash} without rewriting them; returns the ids that had no
     * stored row, which must be saved in full.
     */
    Set<Long> relabelScores(long resumeVersionId, String profileHash, List<Long> postingIds);

    /** Stored scores of a resume version computed from {@code profileHash}, by posting id. */
    Map<Long, MatchResult> loadScores(long resumeVersionId, String profileHash);

    Optional<MatchResult> loadScore(long postingId, long resumeVersionId);
}
