package dev.careeragent.sources.search;

import java.util.List;

/**
 * What one search run did, per source and in total: postings found, stored as new jobs, recognised as
 * jobs already known (duplicates), and postings archived because they were not seen for the stale period.
 */
public record SearchRunResult(List<SourceOutcome> outcomes, List<Long> newPostingIds, List<Long> foundPostingIds,
        int archived, boolean cancelled) {

    public SearchRunResult {
        outcomes = List.copyOf(outcomes);
        newPostingIds = List.copyOf(newPostingIds);
        foundPostingIds = List.copyOf(foundPostingIds);
    }

    public int found() {
        return outcomes.stream().mapToInt(SourceOutcome::found).sum();
    }

    public int newCount() {
        return newPostingIds.size();
    }

    public int duplicates() {
        return outcomes.stream().mapToInt(SourceOutcome::duplicates).sum();
    }

    /** A one-line summary, e.g. "Found 75 jobs: 40 new, 35 already known. Indeed: paused until 14:05 ...". */
    public String summary() {
        StringBuilder text = new StringBuilder(cancelled ? "Cancelled. " : "")
                .append("Found ").append(found()).append(found() == 1 ? " job: " : " jobs: ")
                .append(newCount()).append(" new, ").append(duplicates()).append(" already known.");
        outcomes.stream().filter(o -> !o.ok() && o.headline() != null).forEach(o -> text.append(' ')
                .append(o.headline().startsWith(o.displayName()) ? o.headline() : o.displayName() + ": " + o.headline())
                .append('.'));
        return text.toString();
    }
}
