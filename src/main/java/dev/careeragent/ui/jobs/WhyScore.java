package dev.careeragent.ui.jobs;

import dev.careeragent.match.AvoidList;
import dev.careeragent.match.MatchComponent;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.match.MatchExplanation.PartialMatch;
import dev.careeragent.match.MatchExplanation.Penalty;
import dev.careeragent.match.MatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines of the "Why this score" panel, in words a job seeker reads. */
final class WhyScore {

    private WhyScore() {
    }

    static String headline(MatchResult match) {
        if (!match.excluded()) {
            return match.badge() + " / 100";
        }
        boolean avoided = match.explanation().penalties().stream()
                .anyMatch(p -> p.excluded() && AvoidList.PREFERENCE.equals(p.preference()));
        return avoided ? "Hidden: on your avoid list" : "Left out by your must-haves";
    }

    /** "Skills: 28 points", one line per component, in the order the score adds them up. */
    static List<String> points(MatchResult match) {
        List<String> lines = new ArrayList<>();
        for (MatchComponent c : MatchComponent.values()) {
            lines.add(String.format(Locale.ROOT, "%s: %.0f points", name(c), match.points(c)));
        }
        return lines;
    }

    /** "Kubernetes (required; you show Docker)". */
    static List<String> partials(MatchExplanation why) {
        return why.partialMatches().stream().map(WhyScore::partial).toList();
    }

    /** "-15 points: remote: the job is on site" or "Excluded: ..." for a hard filter. */
    static List<String> penalties(MatchExplanation why) {
        return why.penalties().stream().map(WhyScore::penalty).toList();
    }

    private static String partial(PartialMatch p) {
        return p.skill() + " (" + (p.required() ? "required" : "nice to have") + "; you show " + p.via() + ")";
    }

    private static String penalty(Penalty p) {
        String reason = p.reason() == null || p.reason().isBlank() ? p.preference() : p.reason();
        return p.excluded() ? "Excluded: " + reason : String.format(Locale.ROOT, "\u2212%.0f points: %s", p.points(), reason);
    }

    private static String name(MatchComponent c) {
        return switch (c) {
            case SKILLS -> "Skills";
            case MEANING -> "Experience described";
            case FIT -> "Title and level";
            case PREFERENCES -> "Your preferences";
        };
    }
}
