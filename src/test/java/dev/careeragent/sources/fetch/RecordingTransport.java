package dev.careeragent.sources.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Wraps a transport and notes, per host, the (fake) clock time of each page request. */
final class RecordingTransport implements Transport {

    private final Transport inner;
    private final Clock clock;
    private final Map<String, List<Instant>> times = new ConcurrentHashMap<>();

    RecordingTransport(Transport inner, Clock clock) {
        this.inner = inner;
        this.clock = clock;
    }

    @Override
    public FetchedPage load(URI url) throws IOException {
        times.computeIfAbsent(url.getHost(), h -> new ArrayList<>()).add(clock.instant());
        return inner.load(url);
    }

    @Override
    public FetchedPage fetchRobots(URI robotsUrl) throws IOException {
        return inner.fetchRobots(robotsUrl);
    }

    List<Duration> gapsFor(String host) {
        List<Instant> at = times.getOrDefault(host, List.of());
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
            gaps.add(Duration.between(at.get(i - 1), at.get(i)));
        }
        return gaps;
    }

    Instant firstAt(String host) {
        return times.get(host).get(0);
    }
}
