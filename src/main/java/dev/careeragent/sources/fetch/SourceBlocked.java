package dev.careeragent.sources.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * Published on the event bus when a source showed a CAPTCHA, a login or sign-up wall, a bot block
 * or kept rate-limiting us, and was paused. {@link #message()} is what the user is told.
 */
public record SourceBlocked(String sourceId, String sourceName, BlockKind kind, String reason, URI url,
        Instant pausedUntil) {

    /** E.g. "LinkedIn asked for a sign-in: paused until 14:20". */
    public String headline() {
        return sourceName + " " + kind.asked() + ": paused until " + Times.clock(pausedUntil);
    }

    public String message() {
        return sourceName + " is paused until " + Times.readable(pausedUntil) + " because " + reason
                + ". Career Agent will try it again after that; the other sources keep running.";
    }
}
