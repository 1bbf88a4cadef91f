package dev.careeragent.resume.ats;

import java.util.List;

/** The ATS check's result: a 0-100 score, its parts, the reasons, keyword suggestions and writing advice. */
public record AtsReport(int score, List<CategoryScore> categories, List<AtsReason> reasons,
                        List<AtsSuggestion> suggestions, List<WritingAdvice> advice) {

    public AtsReport {
        categories = List.copyOf(categories);
        reasons = List.copyOf(reasons);
        suggestions = List.copyOf(suggestions);
        advice = List.copyOf(advice);
    }

    public List<AtsReason> reasons(AtsCategory category) {
        return reasons.stream().filter(r -> r.category() == category).toList();
    }

    public int points(AtsCategory category) {
        return categories.stream().filter(c -> c.category() == category).mapToInt(CategoryScore::points).sum();
    }
}
