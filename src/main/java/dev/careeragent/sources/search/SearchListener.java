package dev.careeragent.sources.search;

/** Follows a search run source by source (called on the run's thread). */
public interface SearchListener {

    SearchListener NONE = new SearchListener() {
    };

    default void sourceStarted(String sourceId, String displayName) {
    }

    default void sourceProgress(String sourceId, String message, int items) {
    }

    default void sourceFinished(SourceOutcome outcome) {
    }
}
