package dev.careeragent.letters;

import java.util.List;

/**
 * A skill the posting asks for that the resume shows, with the resume's own words for it and where they are
 * (best first: experience and projects before the skills list).
 */
public record MatchedRequirement(String skill, boolean required, List<Evidence> evidenceLines, double strength) {

    /** One place the resume shows the skill. */
    public record Evidence(String where, String text) {
    }

    public MatchedRequirement {
        evidenceLines = List.copyOf(evidenceLines);
    }

    public String where() {
        return evidenceLines.get(0).where();
    }

    public String evidence() {
        return evidenceLines.get(0).text();
    }
}
