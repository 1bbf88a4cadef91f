package dev.careeragent.sources.search;

import dev.careeragent.sources.fetch.Headlines;
import java.time.Instant;

/**
 * How one source did in a run; {@code headline} says it in one line ("No internet connection", "LinkedIn asked
 * for a sign-in: paused until 14:20"), {@code message} tells the details and what to do, when it matters.
 */
public record SourceOutcome(String sourceId, String displayName, Status status, int found, int newCount,
        int duplicates, String headline, String message, Instant pausedUntil) {

    public enum Status {
        /** Every page read. */
        SUCCEEDED,
        /** Some results, then a page failed or a block stopped it. */
        PARTIAL,
        /** Blocked (CAPTCHA, login wall, rate limit) in this run; the source is paused. */
        BLOCKED,
        /** Still paused from an earlier block; nothing was requested. */
        PAUSED,
        /** Not run: switched off, not set up, or run too recently for the source's limits. */
        SKIPPED,
        FAILED,
        CANCELLED
    }

    public static SourceOutcome withoutResults(String sourceId, String displayName, Status status, String headline,
            String message, Instant pausedUntil) {
        return new SourceOutcome(sourceId, displayName, status, 0, 0, 0, headline, message, pausedUntil);
    }

    /** An outcome whose message is short enough to be its own headline, or whose first sentence is. */
    public static SourceOutcome withoutResults(String sourceId, String displayName, Status status, String message,
            Instant pausedUntil) {
        return withoutResults(sourceId, displayName, status, Headlines.firstSentence(message), message, pausedUntil);
    }

    /** True when the source delivered what it was asked for. */
    public boolean ok() {
        return status == Status.SUCCEEDED;
    }
}
