package dev.careeragent.sources.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careeragent.diagnostics.BrowserLocator;
import dev.careeragent.sources.FetchRig;
import dev.careeragent.sources.LinkedInCards;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.fetch.BlockKind;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.FetchedPage;
import dev.careeragent.sources.fetch.NextPage;
import dev.careeragent.sources.fetch.PagedSearch;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.SearchResult;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** End to end: real Playwright driving the installed Chromium against corpus pages on 127.0.0.1. */
@Tag("browser")
class BrowserFetchTest {

    private static final String SEARCH = "/jobs-guest/jobs/api/seeMoreJobPostings/search";
    private static final AtomicInteger SOURCES = new AtomicInteger();
    private static BrowserSession session;

    private final LoopbackSite site = LoopbackSite.start();
    private final FetchRig rig = new FetchRig();

    @BeforeAll
    static void startBrowser() {
        assumeTrue(BrowserLocator.find(null).isPresent(), "No Chromium installed: browser tests skipped");
        session = new BrowserSession(BrowserOptions.locate(null, null).withNavigationTimeout(Duration.ofSeconds(20)));
    }

    @AfterAll
    static void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    /** Each test gets its own source id, so its own context and cookies. */
    private PoliteFetcher fetcher(Politeness politeness, SourcePolicy policy) {
        String id = policy.sourceId() + "-" + SOURCES.incrementAndGet();
        SourcePolicy own = new SourcePolicy(id, policy.displayName(), policy.baseUrl(), policy.minDelay(),
                policy.maxDelay(), policy.maxRetries(), policy.backoffBase(), policy.backoffMax(), policy.pauseBase(),
                policy.pauseMax(), policy.obeyRobots());
        return politeness.fetcher(own, session.transportFor(BrowserProfile.forSource(id)));
    }

    private PoliteFetcher fetcher(String sourceId) {
        return fetcher(rig.politeness, FetchRig.policy(site, sourceId));
    }

    @Test
    void multiPageLinkedInSearchCompletesThroughPagination() {
        site.serveLinkedInGuestSearch(150);
        long blockedBefore = session.stats().requestsBlocked();

        PoliteFetcher fetcher = fetcher("linkedin");
        SearchResult<String> result = PagedSearch.collect(fetcher, site.url(SEARCH + "?keywords=python&start=0"),
                LinkedInCards.parser(), NextPage.offsetByItems("start"), 1000);

        List<LoopbackSite.Hit> pages = site.hits(SEARCH);
        List<Integer> starts = pages.stream().map(hit -> Integer.parseInt(hit.param("start"))).toList();
        assertThat(result.failure()).isEmpty();
        assertThat(starts.get(0)).isZero();
        assertThat(starts).isSorted().doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
        assertThat(starts.get(starts.size() - 1)).isGreaterThanOrEqualTo(150);
        assertThat(result.items()).hasSize(starts.get(starts.size() - 1)).allMatch(id -> id.startsWith("urn:li:jobPosting:"));
        assertThat(result.pagesFetched()).isEqualTo(pages.size());
        // The pages' CDN scripts, images and trackers were never requested: nothing leaves 127.0.0.1.
        assertThat(session.stats().requestsBlocked()).isGreaterThan(blockedBefore);
        assertThat(site.hits()).noneMatch(hit -> hit.path().matches("(?i).*\\.(png|jpe?g|gif|svg|webp|woff2?|ttf)$"));
        LoopbackSite.Hit first = pages.get(0);
        assertThat(first.header("user-agent")).startsWith("Mozilla/5.0").contains("Chrome/").doesNotContain("Headless");
        assertThat(first.header("accept-language")).startsWith("en-US");
        assertThat(site.hits("/robots.txt")).singleElement()
                .satisfies(robots -> assertThat(robots.header("user-agent")).isEqualTo(first.header("user-agent")));
    }

    @Test
    void jobViewPageIsLoadedWithItsFullDescription() {
        site.serveLinkedInJobView();
        FetchedPage page = fetcher("linkedin").fetch(site.url("/jobs/view/4012345678"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Power Monitoring Execution Engineer")
                .contains("Knowledge of data centers electrical infrastructure");
    }

    @Test
    void aDisallowingRobotsTxtStopsTheFetch() {
        site.serveLinkedInGuestSearch(100);
        site.robots("User-agent: *\nDisallow: /jobs-guest/\n");
        assertThatThrownBy(() -> fetcher("linkedin").fetch(site.url(SEARCH + "?keywords=java&start=0")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS_DISALLOWED));
        assertThat(site.hits(SEARCH)).isEmpty();
        assertThat(site.hits("/robots.txt")).hasSize(1);
    }

    @Test
    void tooManyRequestsCausesBackoffThenSuccess() {
        site.script("/jobs/view/1", Reply.text(429, "Too Many Requests").withHeader("Retry-After", "5"),
                Reply.text(429, "Too Many Requests"), Reply.html("<title>Job</title><p>Senior Java Developer</p>"));

        FetchedPage page = fetcher("indeed").fetch(site.url("/jobs/view/1"));

        assertThat(page.body()).contains("Senior Java Developer");
        assertThat(site.hits("/jobs/view/1")).hasSize(3);
        assertThat(rig.time.nonZeroSleeps()).contains(Duration.ofSeconds(5))
                .anyMatch(wait -> wait.compareTo(Duration.ofSeconds(1)) >= 0 && wait.compareTo(Duration.ofSeconds(2)) <= 0);
        assertThat(rig.blocked).isEmpty();
    }

    @Test
    void authwallRedirectPausesTheSourceAndRaisesAnEvent() {
        site.script("/jobs/view/7", Reply.redirect("/authwall?trk=public_jobs_topcard&sessionRedirect=x"));
        site.serve("/authwall", hit -> Reply.html("<title>LinkedIn</title><form><input type=password></form>"));
        site.serve("/jobs/view/8", hit -> Reply.html("<p>job 8</p>"));
        PoliteFetcher fetcher = fetcher("linkedin");

        assertThatThrownBy(() -> fetcher.fetch(site.url("/jobs/view/7")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED));
        assertThat(rig.blocked).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(BlockKind.LOGIN_WALL);
            assertThat(event.sourceId()).isEqualTo(fetcher.policy().sourceId());
            assertThat(event.pausedUntil()).isEqualTo(rig.time.instant().plus(Duration.ofHours(1)));
        });
        int before = site.hits().size();
        assertThatThrownBy(() -> fetcher.fetch(site.url("/jobs/view/8")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.SOURCE_PAUSED));
        assertThat(site.hits()).hasSize(before);
    }

    @Test
    void captchaPageIsDetectedWithoutContactingTheCaptchaProvider() {
        site.serve("/jobs", hit -> Reply.html("<html><head><title>Security check</title></head><body>"
                + "<iframe src=\"https://newassets.hcaptcha.com/captcha/v1/abc/static/hcaptcha.html\"></iframe>"
                + "</body></html>"));
        long blockedBefore = session.stats().requestsBlocked();

        assertThatThrownBy(() -> fetcher("indeed").fetch(site.url("/jobs?q=java")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.getMessage()).contains("is paused until").contains("human"));

        assertThat(rig.blocked).singleElement().extracting(event -> event.kind()).isEqualTo(BlockKind.CAPTCHA);
        assertThat(session.stats().requestsBlocked()).as("the hCaptcha iframe was not loaded").isGreaterThan(blockedBefore);
    }

    @Test
    void rateLimitSpacesPageLoadsPerHost() {
        site.serve("/jobs/", hit -> Reply.html("<p>job</p>"));
        Politeness real = Politeness.standard(rig.events, rig.health);
        SourcePolicy policy = FetchRig.policy(site, "board").withDelays(Duration.ofMillis(50), Duration.ofMillis(50));
        PoliteFetcher board = fetcher(real, policy);
        PoliteFetcher other = fetcher(real, policy.withBaseUrl(site.onHost("localhost", "/")));

        for (int i = 0; i < 4; i++) {
            board.fetch(site.url("/jobs/" + i));
            other.fetch(site.onHost("localhost", "/jobs/" + i));
        }

        for (String host : List.of("127.0.0.1", "localhost")) {
            List<LoopbackSite.Hit> hits = site.hitsBelow("/jobs/").stream()
                    .filter(hit -> hit.header("host").startsWith(host)).toList();
            assertThat(hits).hasSize(4);
            for (int i = 1; i < hits.size(); i++) {
                assertThat(Duration.ofNanos(hits.get(i).nanoTime() - hits.get(i - 1).nanoTime()))
                        .as(host).isGreaterThanOrEqualTo(Duration.ofMillis(45));
            }
        }
    }

    @Test
    void recycledContextsKeepTheSourcesCookies() {
        site.serve("/prefs/cookie", hit -> Reply.html("<p>set</p>").withHeader("Set-Cookie", "session=abc; Path=/"));
        site.serve("/jobs/", hit -> Reply.html("<p>" + hit.header("cookie") + "</p>"));
        try (BrowserSession small = new BrowserSession(BrowserOptions.locate(null, null).withPagesPerContext(2))) {
            PoliteFetcher fetcher = rig.politeness.fetcher(FetchRig.policy(site, "cookies"),
                    small.transportFor(BrowserProfile.forSource("cookies")));
            fetcher.fetch(site.url("/prefs/cookie"));
            for (int i = 0; i < 5; i++) {
                assertThat(fetcher.fetch(site.url("/jobs/" + i)).body()).contains("session=abc");
            }
            assertThat(small.stats().contextsCreated()).isGreaterThanOrEqualTo(3);
            assertThat(small.stats().pagesLoaded()).isEqualTo(6);
        }
    }

    @Test
    void aPageThatNeverAnswersTimesOutAndIsReportedAsANetworkFailure() {
        site.serve("/slow", hit -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.html("<p>late</p>");
        });
        try (BrowserSession quick = new BrowserSession(BrowserOptions.locate(null, null)
                .withNavigationTimeout(Duration.ofMillis(700)))) {
            PoliteFetcher fetcher = rig.politeness.fetcher(FetchRig.policy(site, "slow")
                    .withRetries(1, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                    quick.transportFor(BrowserProfile.forSource("slow")));
            assertThatThrownBy(() -> fetcher.fetch(site.url("/slow")))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FetchException.Kind.NETWORK);
                        assertThat(e.getMessage()).contains("could not be reached").contains("2 attempts");
                    });
        }
    }

    @Test
    void sourcesGetSeparateContexts() {
        site.serve("/prefs/cookie", hit -> Reply.html("<p>set</p>").withHeader("Set-Cookie", "who=first; Path=/"));
        site.serve("/jobs/", hit -> Reply.html("<p>cookie:" + hit.header("cookie") + "</p>"));
        PoliteFetcher first = fetcher("first");
        PoliteFetcher second = fetcher("second");
        first.fetch(site.url("/prefs/cookie"));
        assertThat(first.fetch(site.url("/jobs/1")).body()).contains("who=first");
        assertThat(second.fetch(site.url("/jobs/2")).body()).contains("cookie:null");
    }
}
