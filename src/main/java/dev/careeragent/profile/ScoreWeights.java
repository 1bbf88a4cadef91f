package dev.careeragent.profile;

/**
 * How much each part of the score counts, in relative points (0-100 each): skills, meaning (the resume and the
 * job read alike), fit (title and level) and the preferences. The defaults are the app's tuned weights.
 */
public record ScoreWeights(int skills, int meaning, int fit, int preferences) {

    public ScoreWeights {
        for (int w : new int[] {skills, meaning, fit, preferences}) {
            if (w < 0 || w > 100) {
                throw new IllegalArgumentException("Each weight is a number from 0 to 100; got " + w + ".");
            }
        }
        if (skills + meaning + fit + preferences == 0) {
            throw new IllegalArgumentException("At least one weight must be above 0, or nothing would count.");
        }
    }

    public static ScoreWeights defaults() {
        return new ScoreWeights(35, 35, 20, 10);
    }
}
