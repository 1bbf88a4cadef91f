package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.match.MatchExplanation.Penalty;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.MatchService;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Match scores for table rows: looked up in bulk (off the FX thread), the minimum-score filter and the score
 * order (best first by default; excluded postings after the scored ones, unscored ones last in either direction).
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

    static boolean passes(MatchResult result, int minScore) {
        return minScore <= 0 || result != null && !result.excluded() && result.badge() >= minScore;
    }

    static List<PostingRow> filterAndSort(List<PostingRow> rows, Map<Long, MatchResult> scores, int minScore,
            boolean byScore, boolean ascending) {
        List<PostingRow> kept = rows.stream().filter(r -> passes(scores.get(r.id()), minScore)).toList();
        return byScore ? kept.stream().sorted(order(scores, ascending)).toList() : kept;
    }

    /** Stable: rows with equal keys keep the database order (newest or most relevant first). */
    static Comparator<PostingRow> order(Map<Long, MatchResult> scores, boolean ascending) {
        Comparator<Double> direction = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.<PostingRow>comparingInt(r -> group(scores.get(r.id())))
                .thenComparing(r -> scoreOf(scores.get(r.id())), direction);
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

    private static int group(MatchResult result) {
        return result == null ? 2 : result.excluded() ? 1 : 0;
    }

    private static double scoreOf(MatchResult result) {
        return result == null ? 0 : result.score();
    }
}
