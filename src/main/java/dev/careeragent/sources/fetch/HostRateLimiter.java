package dev.careeragent.sources.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to one host. Each caller reserves the next free slot under a lock and then sleeps
 * outside it, so concurrent sources never send two requests to the same host inside the gap.
 */
final class HostRateLimiter {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> nextFree = new HashMap<>();

    HostRateLimiter(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until {@code gap} has passed since the previous request to this host; returns how long it waited. */
    Duration awaitTurn(URI url, Duration gap) throws InterruptedException {
        Instant now = clock.instant();
        Instant slot;
        synchronized (nextFree) {
            Instant free = nextFree.getOrDefault(hostKey(url), now);
            slot = free.isAfter(now) ? free : now;
            nextFree.put(hostKey(url), slot.plus(gap));
        }
        Duration wait = Duration.between(now, slot);
        sleeper.sleep(wait);
        return wait;
    }

    static String hostKey(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return url.getPort() == -1 ? host : host + ":" + url.getPort();
    }
}
