package dev.careeragent.match;

/**
 * The score of one posting (0-100, higher is better) against the current resume and preferences.
 * {@code excluded} postings failed a hard filter; their score is 0 and the UI hides them by default.
 *
 * @param postingId    the posting's database id (the command line uses its own numbering)
 * @param postingHash  hash of the posting's features this score was computed from
 */
public record MatchResult(long postingId, String title, double score, boolean excluded, MatchExplanation explanation,
                          String postingHash) {

    /** Points a component contributed (0 when it could not be judged for this posting). */
    public double points(MatchComponent component) {
        return explanation.points().getOrDefault(component, 0.0);
    }

    /** The score rounded for display, 0-100. */
    public int badge() {
        return (int) Math.round(score);
    }
}
