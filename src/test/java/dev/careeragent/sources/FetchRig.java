package dev.careeragent.sources;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.sources.fetch.BlockDetector;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.SourceBlocked;
import dev.careeragent.sources.fetch.SourceHealthRegistry;
import dev.careeragent.sources.fetch.SourcePolicy;
import dev.careeragent.sources.fetch.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** The shared politeness of one test: fake time, an event bus whose SourceBlocked events are kept, health. */
public final class FetchRig {

    public final FakeTime time = new FakeTime();
    public final EventBus events = new EventBus();
    public final List<SourceBlocked> blocked = new CopyOnWriteArrayList<>();
    public final SourceHealthRegistry health = new SourceHealthRegistry(time);
    public final Politeness politeness = new Politeness(events, health, BlockDetector.defaults(), time, time,
            new Random(7));

    public FetchRig() {
        events.subscribe(SourceBlocked.class, blocked::add);
    }

    /** A job board on the loopback site with test-sized delays (0 to 50 ms), 3 retries and a 1 h pause. */
    public static SourcePolicy policy(LoopbackSite site, String sourceId) {
        return SourcePolicy.jobBoard(sourceId, "Test board " + sourceId, site.base())
                .withDelays(Duration.ZERO, Duration.ofMillis(50))
                .withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(30))
                .withPause(Duration.ofHours(1), Duration.ofHours(24));
    }

    public PoliteFetcher fetcher(SourcePolicy policy, Transport transport) {
        return politeness.fetcher(policy, transport);
    }
}
