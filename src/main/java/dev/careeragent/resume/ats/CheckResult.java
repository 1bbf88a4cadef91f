package dev.careeragent.resume.ats;

import java.util.ArrayList;
import java.util.List;

/** What one check adds to the report: points for its category, reasons, and any suggestions. */
final class CheckResult {

    private final AtsCategory category;
    private final List<AtsReason> reasons = new ArrayList<>();
    private final List<AtsSuggestion> suggestions = new ArrayList<>();
    private double points;

    CheckResult(AtsCategory category, double startPoints) {
        this.category = category;
        this.points = startPoints;
    }

    CheckResult ok(String text) {
        reasons.add(new AtsReason(category, AtsReason.Status.OK, text));
        return this;
    }

    CheckResult warning(String text) {
        reasons.add(new AtsReason(category, AtsReason.Status.WARNING, text));
        return this;
    }

    CheckResult problem(String text) {
        reasons.add(new AtsReason(category, AtsReason.Status.PROBLEM, text));
        return this;
    }

    void add(double value) {
        points += value;
    }

    void suggest(AtsSuggestion suggestion) {
        suggestions.add(suggestion);
    }

    CategoryScore score() {
        return new CategoryScore(category, (int) Math.round(Math.max(0, Math.min(category.maxPoints(), points))));
    }

    List<AtsReason> reasons() {
        return reasons;
    }

    List<AtsSuggestion> suggestions() {
        return suggestions;
    }
}
