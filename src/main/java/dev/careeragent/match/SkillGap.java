package dev.careeragent.match;

import java.util.Locale;

/** A skill many of the best matches ask for that the resume does not show. */
public record SkillGap(String skill, int postings, int outOf, boolean requiredMostly, String relatedYouHave) {

    public double share() {
        return outOf == 0 ? 0 : (double) postings / outOf;
    }

    /** "Kubernetes appears in 42% of your top 50 matches; your resume doesn't show it." */
    public String describe() {
        String text = String.format(Locale.ROOT, "%s appears in %d%% of your top %d matches; your resume doesn't show it",
                skill, Math.round(share() * 100), outOf);
        return relatedYouHave == null ? text + "." : text + " (you show the related " + relatedYouHave + ").";
    }
}
