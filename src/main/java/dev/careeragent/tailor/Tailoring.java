package dev.careeragent.tailor;

import java.util.List;

/**
 * Suggestions for one resume version and one job, with a note for the user about where they came from (the model,
 * or the built-in rules and why) and how many model suggestions the fabrication guard dropped.
 */
public record Tailoring(long versionId, Long postingId, String jobLabel, List<Suggestion> suggestions, boolean fromModel,
                        String note, int dropped) {

    public Tailoring {
        suggestions = List.copyOf(suggestions);
    }
}
