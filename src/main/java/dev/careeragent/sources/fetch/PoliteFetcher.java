package dev.careeragent.sources.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches for one source through its transport, politely: fails fast while the source is paused,
 * honours robots.txt (and its Crawl-delay), spaces requests per host, retries 429/5xx and network
 * errors with exponential backoff (Retry-After first), and pauses the source when a page is a
 * CAPTCHA, login wall or bot block. Every outcome is recorded in the source's health.
 */
public final class PoliteFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);

    private final SourcePolicy policy;
    private final Transport transport;
    private final Politeness shared;

    PoliteFetcher(SourcePolicy policy, Transport transport, Politeness shared) {
        this.policy = policy;
        this.transport = transport;
        this.shared = shared;
    }

    public SourcePolicy policy() {
        return policy;
    }

    /** Fetches and parses; the parser sees the final URL after redirects. */
    public <T> T fetch(URI url, PageParser<T> parser) {
        FetchedPage page = fetch(url);
        return parser.parse(page.body(), page.finalUrl());
    }

    public FetchedPage fetch(URI url) {
        try {
            failIfPaused(url);
            Duration crawlDelay = checkRobots(url);
            for (int attempt = 0;; attempt++) {
                shared.limiter.awaitTurn(url, gap(crawlDelay));
                Optional<FetchedPage> page = loadOnce(url, attempt);
                if (page.isEmpty()) {
                    continue;
                }
                if (retryable(page.get().status()) && waitBeforeRetry(page.get(), attempt)) {
                    continue;
                }
                return accept(page.get(), attempt + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.CANCELLED, policy.sourceId(), url,
                    "Fetching from " + policy.displayName() + " was cancelled.");
        } catch (FetchException e) {
            if (e.kind() != FetchException.Kind.SOURCE_PAUSED && e.kind() != FetchException.Kind.BLOCKED
                    && e.kind() != FetchException.Kind.RATE_LIMITED) {
                shared.health.recordError(policy.sourceId(), e.getMessage());
            }
            throw e;
        }
    }

    private void failIfPaused(URI url) {
        shared.health.pausedNow(policy.sourceId()).ifPresent(health -> {
            throw new FetchException(FetchException.Kind.SOURCE_PAUSED, policy.sourceId(), url,
                    policy.displayName() + " is paused until " + Times.readable(health.pausedUntil()) + " because "
                            + health.pauseReason() + ". Nothing was requested; it will be tried again after that.")
                    .withHeadline(policy.displayName() + " is paused until " + Times.clock(health.pausedUntil()));
        });
    }

    private Duration checkRobots(URI url) {
        if (!policy.obeyRobots()) {
            return Duration.ZERO;
        }
        BaseRobotRules rules;
        try {
            rules = shared.robots.rulesFor(url, transport);
        } catch (IOException e) {
            // RFC 9309: an unreachable robots.txt means "do not crawl"; the cause the user can act on is the connection.
            throw new FetchException(FetchException.Kind.NETWORK, policy.sourceId(), url, -1, policy.displayName()
                    + " could not be reached (" + e.getMessage() + "), so not even its robots.txt could be read. Check "
                    + "the internet connection and the proxy in Settings > Job sources, then try again.", e)
                    .withHeadline(Headlines.unreachable(policy.displayName(), e));
        }
        if (!rules.isAllowed(url.toString())) {
            String message = rules.isDeferVisits()
                    ? policy.displayName() + "'s robots.txt could not be read right now, and the robots rules say "
                            + "to stay away until it can. Career Agent skips " + LogSafe.url(url) + "; try again later, and"
                            + " if it keeps happening check the internet connection and the proxy in Settings > Job sources."
                    : policy.displayName() + "'s robots.txt does not allow automated visits to " + LogSafe.url(url)
                            + ", so Career Agent does not fetch it.";
            throw new FetchException(FetchException.Kind.ROBOTS_DISALLOWED, policy.sourceId(), url, message)
                    .withHeadline(rules.isDeferVisits() ? policy.displayName() + "'s robots.txt could not be read: try later"
                            : "robots.txt forbids this path");
        }
        return RobotsCache.crawlDelay(rules);
    }

    private Duration gap(Duration crawlDelay) {
        long min = policy.minDelay().toMillis();
        long spread = policy.maxDelay().toMillis() - min;
        Duration gap = Duration.ofMillis(min + (spread > 0 ? shared.random.nextLong(spread + 1) : 0));
        return gap.compareTo(crawlDelay) >= 0 ? gap : crawlDelay;
    }

    /** One request; empty when it failed at the network level and a retry is due (after its backoff). */
    private Optional<FetchedPage> loadOnce(URI url, int attempt) throws InterruptedException {
        try {
            FetchedPage page = transport.load(url);
            LOG.debug("{} {} -> {} in {} ms", policy.sourceId(), LogSafe.url(url), page.status(),
                    page.elapsed().toMillis());
            return Optional.of(page);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled");
            }
            if (attempt >= policy.maxRetries()) {
                throw new FetchException(FetchException.Kind.NETWORK, policy.sourceId(), url, -1,
                        policy.displayName() + " could not be reached (" + e.getMessage() + ") after " + (attempt + 1)
                                + " attempts. Check the internet connection and the proxy setting, then try again.",
                        e).withHeadline(Headlines.unreachable(policy.displayName(), e));
            }
            LOG.debug("{} {} failed ({}), retrying", policy.sourceId(), LogSafe.url(url), e.getMessage());
            shared.sleeper.sleep(Backoff.delay(attempt, policy.backoffBase(), policy.backoffMax(), shared.random));
            return Optional.empty();
        }
    }

    /** Sleeps before a retry of a 429/5xx answer; false when retries are used up or Retry-After is too far away. */
    private boolean waitBeforeRetry(FetchedPage page, int attempt) throws InterruptedException {
        Optional<Duration> retryAfter = Backoff.retryAfter(page.header("retry-after"), shared.clock);
        if (attempt >= policy.maxRetries()
                || retryAfter.map(wait -> wait.compareTo(policy.backoffMax()) > 0).orElse(false)) {
            return false;
        }
        Duration wait = retryAfter.orElseGet(
                () -> Backoff.delay(attempt, policy.backoffBase(), policy.backoffMax(), shared.random));
        LOG.debug("{} {} answered {}, retrying in {} ms", policy.sourceId(), LogSafe.url(page.requestedUrl()),
                page.status(), wait.toMillis());
        shared.sleeper.sleep(wait);
        return true;
    }

    private FetchedPage accept(FetchedPage page, int attempts) {
        URI url = page.requestedUrl();
        Optional<BlockSignal> block = shared.detector.detect(page);
        if (block.isPresent()) {
            throw pause(url, page.status(), FetchException.Kind.BLOCKED, block.get().kind(), block.get().reason());
        }
        if (page.status() == 429) {
            throw pause(url, 429, FetchException.Kind.RATE_LIMITED, BlockKind.BOT_BLOCK,
                    "it kept answering \"429 Too Many Requests\" after " + attempts + " attempts");
        }
        if (page.status() >= 400) {
            throw new FetchException(FetchException.Kind.HTTP_ERROR, policy.sourceId(), url, page.status(),
                    policy.displayName() + " answered HTTP " + page.status() + " for " + LogSafe.url(url)
                            + (attempts > 1 ? " " + attempts + " times" : "")
                            + ". The page may be gone or the site may be down; try again later.", null);
        }
        shared.health.recordSuccess(policy.sourceId());
        return page;
    }

    private FetchException pause(URI url, int status, FetchException.Kind kind, BlockKind blockKind, String reason) {
        Instant until = shared.health.pause(policy, reason);
        SourceBlocked event = new SourceBlocked(policy.sourceId(), policy.displayName(), blockKind, reason, url, until);
        LOG.warn("{} paused until {}: {} ({})", policy.displayName(), until, reason, LogSafe.url(url));
        shared.events.publish(event);
        return new FetchException(kind, policy.sourceId(), url, status, event.message(), null)
                .withHeadline(kind == FetchException.Kind.RATE_LIMITED
                        ? policy.displayName() + " asked to slow down: paused until " + Times.clock(until) : event.headline());
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 408 || (status >= 500 && status < 600 && status != 501);
    }
}
