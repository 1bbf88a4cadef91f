package dev.careeragent.match;

import dev.careeragent.profile.ScoreWeights;

/**
 * Tunable weights of the score (Settings persists them). Component weights are relative: a component that
 * cannot be judged for a posting (no skills named, no preferences set) gives its share to the others.
 * Penalties are points taken off the 0-100 score for each preference a posting misses (mode PENALTY); a job one
 * level off the target level loses half of {@code levelPenalty}, two or more levels off all of it.
 *
 * @param relatedCredit  credit for a required skill the resume shows only a related skill for (0-1)
 * @param preferredShare share of the skills component that preferred ("nice to have") skills decide
 */
public record MatchWeights(double skills, double meaning, double fit, double preferences,
                           double relatedCredit, double preferredShare,
                           double remotePenalty, double locationPenalty, double salaryPenalty, double employmentTypePenalty,
                           double levelPenalty) {

    public MatchWeights {
        for (double w : new double[] {skills, meaning, fit, preferences, relatedCredit, preferredShare,
                remotePenalty, locationPenalty, salaryPenalty, employmentTypePenalty, levelPenalty}) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("Match weights must be zero or more; got " + w + ".");
            }
        }
        if (skills + meaning + fit + preferences == 0) {
            throw new IllegalArgumentException("At least one of the skills, meaning, fit and preference weights must be above zero.");
        }
    }

    public static MatchWeights defaults() {
        return new MatchWeights(0.35, 0.35, 0.20, 0.10, 0.5, 0.25, 15, 10, 15, 10, 10);
    }

    /** The defaults with the user's four component weights (Settings > Profile), which count relative to each other. */
    public static MatchWeights from(ScoreWeights user) {
        MatchWeights d = defaults();
        return new MatchWeights(user.skills() / 100.0, user.meaning() / 100.0, user.fit() / 100.0, user.preferences() / 100.0,
                d.relatedCredit(), d.preferredShare(), d.remotePenalty(), d.locationPenalty(), d.salaryPenalty(),
                d.employmentTypePenalty(), d.levelPenalty());
    }

    public String hash() {
        return ContentHash.ofParts(this);
    }
}
