package dev.careeragent.resume.ats;

/** Points earned in one category, out of its maximum. */
public record CategoryScore(AtsCategory category, int points) {

    public int max() {
        return category.maxPoints();
    }
}
