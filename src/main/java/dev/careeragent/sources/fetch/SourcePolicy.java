package dev.careeragent.sources.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How politely one source is fetched: where it lives (a setting, so tests point it at 127.0.0.1),
 * the random gap between requests to a host, retries with backoff on 429/5xx, and the cool-down
 * after a CAPTCHA or login wall (doubling on each repeat, up to {@code pauseMax}).
 */
public record SourcePolicy(
        String sourceId,
        String displayName,
        URI baseUrl,
        Duration minDelay,
        Duration maxDelay,
        int maxRetries,
        Duration backoffBase,
        Duration backoffMax,
        Duration pauseBase,
        Duration pauseMax,
        boolean obeyRobots) {

    public SourcePolicy {
        Objects.requireNonNull(sourceId, "sourceId");
        displayName = displayName == null || displayName.isBlank() ? sourceId : displayName;
        baseUrl = BaseUrls.check(sourceId, baseUrl);
        requireNotNegative(minDelay, "minDelay");
        requireNotNegative(maxDelay, "maxDelay");
        if (maxDelay.compareTo(minDelay) < 0) {
            throw new IllegalArgumentException("The longest delay for " + displayName + " (" + maxDelay
                    + ") is shorter than the shortest (" + minDelay + ")");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("Retries for " + displayName + " cannot be negative");
        }
        requireNotNegative(backoffBase, "backoffBase");
        requireNotNegative(backoffMax, "backoffMax");
        requireNotNegative(pauseBase, "pauseBase");
        requireNotNegative(pauseMax, "pauseMax");
    }

    /** A job board loaded like a person would: 3 to 7 s between pages, paused 1 h (doubling to 24 h) when blocked. */
    public static SourcePolicy jobBoard(String sourceId, String displayName, URI baseUrl) {
        return new SourcePolicy(sourceId, displayName, baseUrl, Duration.ofSeconds(3), Duration.ofSeconds(7), 3,
                Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofHours(1), Duration.ofHours(24), true);
    }

    /** A public JSON API that publishes a usage limit: at least {@code minInterval} between calls. */
    public static SourcePolicy api(String sourceId, String displayName, URI baseUrl, Duration minInterval) {
        return new SourcePolicy(sourceId, displayName, baseUrl, minInterval, minInterval, 3,
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(12), true);
    }

    public SourcePolicy withBaseUrl(URI value) {
        return new SourcePolicy(sourceId, displayName, value, minDelay, maxDelay, maxRetries, backoffBase,
                backoffMax, pauseBase, pauseMax, obeyRobots);
    }

    public SourcePolicy withDelays(Duration min, Duration max) {
        return new SourcePolicy(sourceId, displayName, baseUrl, min, max, maxRetries, backoffBase, backoffMax,
                pauseBase, pauseMax, obeyRobots);
    }

    public SourcePolicy withRetries(int retries, Duration base, Duration max) {
        return new SourcePolicy(sourceId, displayName, baseUrl, minDelay, maxDelay, retries, base, max,
                pauseBase, pauseMax, obeyRobots);
    }

    public SourcePolicy withPause(Duration base, Duration max) {
        return new SourcePolicy(sourceId, displayName, baseUrl, minDelay, maxDelay, maxRetries, backoffBase,
                backoffMax, base, max, obeyRobots);
    }

    public SourcePolicy withRobots(boolean obey) {
        return new SourcePolicy(sourceId, displayName, baseUrl, minDelay, maxDelay, maxRetries, backoffBase,
                backoffMax, pauseBase, pauseMax, obey);
    }

    /** A URL on this source, e.g. {@code url("/jobs/view/123")}; the base URL's path prefix is kept. */
    public URI url(String pathAndQuery) {
        String base = baseUrl.toString();
        String relative = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        return URI.create(base.endsWith("/") ? base + relative : base + "/" + relative);
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or more");
        }
    }
}
