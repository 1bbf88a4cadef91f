package dev.careeragent.sources.fetch;

import java.time.Instant;

/**
 * How one source is doing, for the Jobs page: last success, last error, and whether it is paused
 * (and why). {@code blocks} counts blocks since the last success; each one doubles the cool-down.
 */
public record SourceHealth(String sourceId, Instant lastSuccess, Instant lastErrorAt, String lastError,
        Instant pausedUntil, String pauseReason, int blocks) {

    public static SourceHealth unknown(String sourceId) {
        return new SourceHealth(sourceId, null, null, null, null, null, 0);
    }

    public boolean isPausedAt(Instant now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }

    SourceHealth succeeded(Instant at) {
        return new SourceHealth(sourceId, at, lastErrorAt, lastError, null, null, 0);
    }

    SourceHealth failed(Instant at, String error) {
        return new SourceHealth(sourceId, lastSuccess, at, error, pausedUntil, pauseReason, blocks);
    }

    SourceHealth paused(Instant at, Instant until, String reason) {
        return new SourceHealth(sourceId, lastSuccess, at, reason, until, reason, blocks + 1);
    }

    SourceHealth resumed() {
        return new SourceHealth(sourceId, lastSuccess, lastErrorAt, lastError, null, null, blocks);
    }
}
