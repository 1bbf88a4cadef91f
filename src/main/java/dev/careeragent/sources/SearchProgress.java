package dev.careeragent.sources;

/** How a source reports while it searches, and learns that the user cancelled. */
public interface SearchProgress {

    SearchProgress NONE = new SearchProgress() {
    };

    /** E.g. "page 3, 75 jobs" or "details 12 of 50". */
    default void update(String message, int itemsSoFar) {
    }

    default boolean cancelled() {
        return false;
    }
}
