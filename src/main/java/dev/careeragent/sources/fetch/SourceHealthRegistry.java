package dev.careeragent.sources.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Per-source health in memory (the app may persist snapshots); safe to use from several threads. */
public final class SourceHealthRegistry {

    private final Clock clock;
    private final Map<String, SourceHealth> bySource = new ConcurrentHashMap<>();

    public SourceHealthRegistry(Clock clock) {
        this.clock = clock;
    }

    public SourceHealth get(String sourceId) {
        return bySource.getOrDefault(sourceId, SourceHealth.unknown(sourceId));
    }

    /** Every source seen so far, by id. */
    public Map<String, SourceHealth> all() {
        return new TreeMap<>(bySource);
    }

    /** Restores a saved state, e.g. a pause that outlives an app restart. */
    public void restore(SourceHealth health) {
        bySource.put(health.sourceId(), health);
    }

    /** The current pause of a source, if it is paused now. */
    public Optional<SourceHealth> pausedNow(String sourceId) {
        SourceHealth health = get(sourceId);
        return health.isPausedAt(clock.instant()) ? Optional.of(health) : Optional.empty();
    }

    public void recordSuccess(String sourceId) {
        update(sourceId, health -> health.succeeded(clock.instant()));
    }

    public void recordError(String sourceId, String message) {
        update(sourceId, health -> health.failed(clock.instant(), message));
    }

    /** Pauses a source for pauseBase * 2^(blocks so far), at most pauseMax; returns the end of the pause. */
    public Instant pause(SourcePolicy policy, String reason) {
        Instant now = clock.instant();
        SourceHealth after = update(policy.sourceId(), health -> {
            long factor = 1L << Math.min(health.blocks(), 20);
            Duration coolDown = policy.pauseBase().multipliedBy(factor);
            if (coolDown.compareTo(policy.pauseMax()) > 0) {
                coolDown = policy.pauseMax();
            }
            return health.paused(now, now.plus(coolDown), reason);
        });
        return after.pausedUntil();
    }

    /** Ends a pause early (the user chose "try again now"). */
    public void resume(String sourceId) {
        update(sourceId, SourceHealth::resumed);
    }

    private SourceHealth update(String sourceId, java.util.function.UnaryOperator<SourceHealth> change) {
        return bySource.compute(sourceId, (id, old) -> change.apply(old == null ? SourceHealth.unknown(id) : old));
    }
}
