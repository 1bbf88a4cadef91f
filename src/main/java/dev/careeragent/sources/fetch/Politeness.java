package dev.careeragent.sources.fetch;

import dev.careeragent.core.event.EventBus;
import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * What every source shares in one app: the robots.txt cache, the per-host rate limiter, the block
 * detector, source health and the event bus. Build it once in the composition root and make one
 * {@link PoliteFetcher} per source with {@link #fetcher}.
 */
public final class Politeness {

    final EventBus events;
    final SourceHealthRegistry health;
    final BlockDetector detector;
    final Clock clock;
    final Sleeper sleeper;
    final RandomGenerator random;
    final RobotsCache robots;
    final HostRateLimiter limiter;

    public Politeness(EventBus events, SourceHealthRegistry health, BlockDetector detector, Clock clock,
            Sleeper sleeper, RandomGenerator random) {
        this.events = events;
        this.health = health;
        this.detector = detector;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.robots = new RobotsCache(clock);
        this.limiter = new HostRateLimiter(clock, sleeper);
    }

    /** Real time, real sleeping, the shipped block signatures. */
    public static Politeness standard(EventBus events, SourceHealthRegistry health) {
        return new Politeness(events, health, BlockDetector.defaults(), Clock.systemUTC(), Sleeper.real(),
                new Random());
    }

    public PoliteFetcher fetcher(SourcePolicy policy, Transport transport) {
        return new PoliteFetcher(policy, transport, this);
    }

    public SourceHealthRegistry health() {
        return health;
    }
}
