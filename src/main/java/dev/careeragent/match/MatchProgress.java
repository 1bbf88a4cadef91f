package dev.careeragent.match;

/** Receives progress of long scoring runs. */
@FunctionalInterface
public interface MatchProgress {

    MatchProgress NONE = (done, total, message) -> { };

    void update(int done, int total, String message);
}
