package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.match.MatchExplanation.Penalty;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.MatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Match scores for table rows: looked up in bulk (off the FX thread), their badge band and exclusion reason.
 * Ordering and filtering by score happen in SQL ({@code PostingSearch.MatchScores}).
 */
final class ScoredRows {

    /** Score bands the badge colours show. */
    enum Band { HIGH, MEDIUM, LOW, EXCLUDED }

    private ScoredRows() {
    }

    static Map<Long, MatchResult> lookUp(MatchService matching, List<PostingRow> rows) {
        Map<Long, MatchResult> scores = new HashMap<>();
        if (matching.hasResume()) {
            rows.forEach(row -> matching.result(row.id()).ifPresent(r -> scores.put(row.id(), r)));
        }
        return scores;
    }

    static Band band(MatchResult result) {
        if (result.excluded()) {
            return Band.EXCLUDED;
        }
        int badge = result.badge();
        return badge >= 70 ? Band.HIGH : badge >= 45 ? Band.MEDIUM : Band.LOW;
    }

    /** Why a posting was excluded, from the hard filters it failed. */
    static String exclusionReason(MatchResult result) {
        String reasons = result.explanation().penalties().stream().filter(Penalty::excluded).map(Penalty::reason)
                .collect(Collectors.joining(" "));
        return reasons.isBlank() ? "Left out by one of your must-have preferences." : reasons;
    }
}
