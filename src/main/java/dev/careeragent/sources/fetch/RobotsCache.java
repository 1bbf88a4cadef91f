package dev.careeragent.sources.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per host (RFC 9309 through crawler-commons), fetched with the source's own transport
 * and kept for a day. 4xx means "no rules"; 5xx or no answer means "disallow all for now" and is
 * not cached, so the next run asks again.
 */
final class RobotsCache {

    /** The product token our rules are matched against ("User-agent: careeragent"), plus "*". */
    static final String ROBOT_NAME = "careeragent";
    private static final Duration TTL = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);

    private record Entry(BaseRobotRules rules, Instant fetchedAt) {
    }

    private final Clock clock;
    private final Map<String, Entry> byHost = new ConcurrentHashMap<>();

    RobotsCache(Clock clock) {
        this.clock = clock;
    }

    /** @throws IOException when robots.txt could not be fetched at all (no connection); nothing is cached then */
    BaseRobotRules rulesFor(URI url, Transport transport) throws IOException {
        String key = url.getScheme() + "://" + HostRateLimiter.hostKey(url);
        Entry cached = byHost.get(key);
        if (cached != null && cached.fetchedAt().plus(TTL).isAfter(clock.instant())) {
            return cached.rules();
        }
        URI robotsUrl = URI.create(key + "/robots.txt");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        FetchedPage robots = transport.fetchRobots(robotsUrl);
        BaseRobotRules rules = robots.isSuccess()
                ? parser.parseContent(robotsUrl.toString(), robots.body().getBytes(StandardCharsets.UTF_8),
                        robots.header("content-type").orElse("text/plain"), List.of(ROBOT_NAME))
                : parser.failedFetch(robots.status());
        if (robots.status() < 500 && robots.status() != 429) {
            byHost.put(key, new Entry(rules, clock.instant()));
        }
        LOG.debug("robots.txt of {}: HTTP {}, crawl-delay {} ms", key, robots.status(), rules.getCrawlDelay());
        return rules;
    }

    /** The site's Crawl-delay, or zero when it sets none. */
    static Duration crawlDelay(BaseRobotRules rules) {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0 ? Duration.ZERO : Duration.ofMillis(millis);
    }
}
