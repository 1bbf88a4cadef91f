package dev.careeragent.match;

import java.util.List;
import java.util.Map;

/**
 * Why a posting got its score: skills found, skills missing (no credit), partial credit through related skills,
 * penalties (preferences missed, a job outside the field of the recent titles), each component's points (they add up to the score before penalties) and the
 * same in plain sentences for the "why" panel and the command line.
 */
public record MatchExplanation(List<String> matchedSkills, List<String> missingRequired, List<String> missingPreferred,
                               List<PartialMatch> partialMatches, List<Penalty> penalties,
                               Map<MatchComponent, Double> points, List<String> reasons) {

    public MatchExplanation {
        matchedSkills = List.copyOf(matchedSkills);
        missingRequired = List.copyOf(missingRequired);
        missingPreferred = List.copyOf(missingPreferred);
        partialMatches = List.copyOf(partialMatches);
        penalties = List.copyOf(penalties);
        points = Map.copyOf(points);
        reasons = List.copyOf(reasons);
    }

    /** A skill the posting asks for that the resume shows only a related skill for. */
    public record PartialMatch(String skill, String via, boolean required) {
    }

    /**
     * A preference the posting misses (or {@code "field"}: a job outside the field of the recent titles): points taken
     * off, or {@code excluded} when the user made it a hard filter.
     */
    public record Penalty(String preference, double points, boolean excluded, String reason) {
    }
}
