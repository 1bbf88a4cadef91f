package dev.careeragent.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.sources.FetchRig;
import dev.careeragent.sources.LinkedInCards;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.testing.Corpus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetch layer over plain HTTP (no browser) against the loopback site. */
class HttpFetcherTest {

    private static final String SEARCH = "/jobs-guest/jobs/api/seeMoreJobPostings/search";

    private final LoopbackSite site = LoopbackSite.start();
    private final FetchRig rig = new FetchRig();
    private final HttpFetcher http = new HttpFetcher(Duration.ofSeconds(5), null, UserAgents.api());

    @AfterEach
    void stop() {
        site.close();
    }

    private PoliteFetcher fetcher(String sourceId) {
        return rig.fetcher(FetchRig.policy(site, sourceId), http);
    }

    @Test
    void jsonApiIsFetchedGzippedWithTheAppsUserAgentAndParsed() throws Exception {
        String json = LoopbackSite.read(Corpus.file("jobs/json/api/remote-jobs-collector__remotive.json"));
        site.serve("/api/remote-jobs", hit -> Reply.json(json));
        PageParser<Integer> jobCount = (body, url) -> {
            try {
                return new ObjectMapper().readTree(body).path("jobs").size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        int jobs = fetcher("remotive").fetch(site.url("/api/remote-jobs?category=software-dev"), jobCount);

        assertThat(jobs).isEqualTo(new ObjectMapper().readTree(json).path("jobs").size()).isPositive();
        LoopbackSite.Hit hit = site.hits("/api/remote-jobs").get(0);
        assertThat(hit.header("accept-encoding")).contains("gzip");
        assertThat(hit.header("user-agent")).startsWith("CareerAgent/").contains(UserAgents.CONTACT_URL);
        assertThat(site.hits("/robots.txt").get(0).header("user-agent")).isEqualTo(hit.header("user-agent"));
        assertThat(rig.health.get("remotive").lastSuccess()).isEqualTo(rig.time.instant());
    }

    @Test
    void multiPageSearchFollowsPaginationUntilAnEmptyPage() {
        site.serveLinkedInGuestSearch(150);
        URI first = site.url(SEARCH + "?keywords=python&location=Worldwide&start=0");

        SearchResult<String> result = PagedSearch.collect(fetcher("linkedin"), first, LinkedInCards.parser(),
                NextPage.offsetByItems("start"), 1000);

        List<LoopbackSite.Hit> pages = site.hits(SEARCH);
        assertThat(result.failure()).isEmpty();
        assertThat(pages).extracting(hit -> hit.param("keywords")).containsOnly("python");
        List<Integer> starts = pages.stream().map(hit -> Integer.parseInt(hit.param("start"))).toList();
        assertThat(starts.get(0)).isZero();
        assertThat(starts).isSorted().doesNotHaveDuplicates();
        assertThat(starts.get(starts.size() - 1)).isGreaterThanOrEqualTo(150);
        assertThat(starts.subList(0, starts.size() - 1)).allMatch(start -> start < 150);
        assertThat(result.pagesFetched()).isEqualTo(pages.size()).isGreaterThanOrEqualTo(3);
        assertThat(result.items()).hasSize(starts.get(starts.size() - 1));
    }

    @Test
    void searchStopsAtTheResultLimit() {
        site.serveLinkedInGuestSearch(10_000);
        SearchResult<String> result = PagedSearch.collect(fetcher("linkedin"),
                site.url(SEARCH + "?keywords=java&start=0"), LinkedInCards.parser(), NextPage.offsetByItems("start"),
                100);
        assertThat(result.items()).hasSize(100);
        assertThat(site.hits(SEARCH)).hasSize(2);
    }

    @Test
    void aDisallowingRobotsTxtStopsTheFetchBeforeAnyPageRequest() {
        site.serveLinkedInGuestSearch(100);
        site.robots("User-agent: *\nDisallow: /jobs-guest/\n");
        PoliteFetcher fetcher = fetcher("linkedin");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> fetcher.fetch(site.url(SEARCH + "?start=0")))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS_DISALLOWED);
                        assertThat(e.getMessage()).contains("robots.txt does not allow").doesNotContain("start=0");
                    });
        }
        assertThat(site.hits(SEARCH)).isEmpty();
        assertThat(site.hits("/robots.txt")).hasSize(1);
        assertThat(rig.health.get("linkedin").lastError()).contains("robots.txt");
    }

    @Test
    void robotsGroupForOurAgentWinsOverTheWildcard() {
        site.serve("/jobs/", hit -> Reply.html("<p>job</p>"));
        site.serve("/about", hit -> Reply.html("<p>about</p>"));
        site.robots("User-agent: *\nAllow: /\n\nUser-agent: CareerAgent\nDisallow: /jobs/\n");
        assertThatThrownBy(() -> fetcher("board").fetch(site.url("/jobs/1")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS_DISALLOWED));
        assertThat(fetcher("board").fetch(site.url("/about")).body()).contains("about");
    }

    @Test
    void unreadableRobotsMeansWaitButMissingRobotsMeansAllowed() {
        site.serve("/jobs/", hit -> Reply.html("<p>job</p>"));
        site.robots(Reply.text(503, "down"));
        assertThatThrownBy(() -> fetcher("board").fetch(site.url("/jobs/1")))
                .hasMessageContaining("could not be read");
        site.robots(Reply.text(404, "none"));
        assertThat(fetcher("board").fetch(site.url("/jobs/1")).body()).contains("job");
        assertThat(site.hits("/robots.txt")).hasSize(2);
    }

    @Test
    void crawlDelayWidensTheGapBetweenRequests() {
        site.serve("/jobs/", hit -> Reply.html("<p>job</p>"));
        site.robots("User-agent: *\nCrawl-delay: 10\n");
        PoliteFetcher fetcher = fetcher("board");
        for (int i = 0; i < 3; i++) {
            fetcher.fetch(site.url("/jobs/" + i));
        }
        assertThat(rig.time.nonZeroSleeps()).hasSize(2).allMatch(wait -> wait.equals(Duration.ofSeconds(10)));
    }

    @Test
    void tooManyRequestsBacksOffHonouringRetryAfterThenSucceeds() {
        site.script("/jobs/1", Reply.text(429, "slow down").withHeader("Retry-After", "7"), Reply.text(503, "busy"),
                Reply.html("<p>the job</p>"));

        FetchedPage page = fetcher("board").fetch(site.url("/jobs/1"));

        assertThat(page.body()).contains("the job");
        assertThat(site.hits("/jobs/1")).hasSize(3);
        List<Duration> waits = rig.time.nonZeroSleeps();
        assertThat(waits).contains(Duration.ofSeconds(7));
        // second retry: exponential backoff from 1 s base, attempt 1 -> between 1 and 2 s
        assertThat(waits).anyMatch(wait -> wait.compareTo(Duration.ofSeconds(1)) >= 0
                && wait.compareTo(Duration.ofSeconds(2)) <= 0);
        assertThat(rig.blocked).isEmpty();
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimes() {
        site.script("/jobs/1", Reply.text(500, "broken"));
        assertThatThrownBy(() -> fetcher("board").fetch(site.url("/jobs/1")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.HTTP_ERROR);
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.getMessage()).contains("HTTP 500").contains("4 times");
                });
        assertThat(site.hits("/jobs/1")).hasSize(4);
        assertThat(rig.health.get("board").lastError()).contains("HTTP 500");
    }

    @Test
    void persistentRateLimitingPausesTheSource() {
        site.script("/jobs/1", Reply.text(429, "no").withHeader("Retry-After", "3600"));
        assertThatThrownBy(() -> fetcher("board").fetch(site.url("/jobs/1")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.RATE_LIMITED));
        assertThat(site.hits("/jobs/1")).as("a Retry-After beyond the backoff limit is not waited out").hasSize(1);
        assertThat(rig.blocked).singleElement().satisfies(event -> assertThat(event.reason()).contains("429"));
        assertThat(rig.health.pausedNow("board")).isPresent();
    }

    @Test
    void authwallPausesTheSourcePublishesAnEventAndLaterFetchesFailFast() {
        site.script("/jobs/view/1", Reply.redirect("/authwall?trk=public_jobs&sessionRedirect=x"));
        site.serve("/authwall", hit -> Reply.html("<title>LinkedIn</title><p>Join LinkedIn to see this job"));
        site.serve("/jobs/view/2", hit -> Reply.html("<p>job 2</p>"));
        PoliteFetcher fetcher = fetcher("linkedin");

        assertThatThrownBy(() -> fetcher.fetch(site.url("/jobs/view/1")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.BLOCKED);
                    assertThat(e.getMessage()).contains("Test board linkedin is paused until").contains("sign-in");
                });
        SourceBlocked event = rig.blocked.get(0);
        assertThat(event.sourceId()).isEqualTo("linkedin");
        assertThat(event.kind()).isEqualTo(BlockKind.LOGIN_WALL);
        assertThat(event.pausedUntil()).isEqualTo(rig.time.instant().plus(Duration.ofHours(1)));

        int hitsBefore = site.hits().size();
        assertThatThrownBy(() -> fetcher.fetch(site.url("/jobs/view/2")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.SOURCE_PAUSED));
        assertThat(site.hits()).hasSize(hitsBefore);

        rig.time.advance(Duration.ofMinutes(61));
        assertThat(fetcher.fetch(site.url("/jobs/view/2")).body()).contains("job 2");

        assertThatThrownBy(() -> fetcher.fetch(site.url("/jobs/view/1"))).isInstanceOf(FetchException.class);
        assertThat(rig.blocked.get(1).pausedUntil()).as("a repeat block after a success starts again at 1 h")
                .isEqualTo(rig.time.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void requestsToOneHostAreSpacedWhileAnotherHostIsNot() {
        site.serve("/jobs/", hit -> Reply.html("<p>job</p>"));
        RecordingTransport recording = new RecordingTransport(http, rig.time);
        SourcePolicy boardPolicy = FetchRig.policy(site, "board").withDelays(Duration.ofSeconds(3), Duration.ofSeconds(7));
        PoliteFetcher board = rig.fetcher(boardPolicy, recording);
        PoliteFetcher other = rig.fetcher(boardPolicy.withBaseUrl(site.onHost("localhost", "/")), recording);

        for (int i = 0; i < 4; i++) {
            board.fetch(site.url("/jobs/" + i));
            other.fetch(site.onHost("localhost", "/jobs/" + i));
        }

        List<Duration> boardGaps = recording.gapsFor("127.0.0.1");
        List<Duration> otherGaps = recording.gapsFor("localhost");
        assertThat(boardGaps).hasSize(3).allMatch(gap -> gap.compareTo(Duration.ofSeconds(3)) >= 0
                && gap.compareTo(Duration.ofSeconds(7)) <= 0);
        assertThat(otherGaps).hasSize(3).allMatch(gap -> gap.compareTo(Duration.ofSeconds(3)) >= 0);
        assertThat(recording.firstAt("localhost")).as("another host does not wait for the first one")
                .isEqualTo(recording.firstAt("127.0.0.1"));
        assertThat(boardGaps.stream().distinct().count()).as("random gaps").isGreaterThan(1);
    }

    @Test
    void realSleepingSpacesRequestsOnTheWire() {
        site.serve("/jobs/", hit -> Reply.html("<p>job</p>"));
        Politeness real = Politeness.standard(rig.events, rig.health);
        PoliteFetcher fetcher = real.fetcher(FetchRig.policy(site, "board")
                .withDelays(Duration.ofMillis(100), Duration.ofMillis(100)), http);
        for (int i = 0; i < 4; i++) {
            fetcher.fetch(site.url("/jobs/" + i));
        }
        // Arrival times are taken by the server's thread, which a busy machine can delay: each gap may look
        // shorter by that delay, but never near zero, and the whole run cannot be shorter than the delays.
        List<LoopbackSite.Hit> hits = site.hitsBelow("/jobs/");
        assertThat(hits).hasSize(4);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(Duration.ofNanos(hits.get(i).nanoTime() - hits.get(i - 1).nanoTime()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(50));
        }
        assertThat(Duration.ofNanos(hits.get(3).nanoTime() - hits.get(0).nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(270));
    }

    @Test
    void aProxyCarriesTheRequests() {
        site.serve("/api/jobs", hit -> Reply.json("{\"jobs\":[]}"));
        HttpFetcher viaProxy = new HttpFetcher(Duration.ofSeconds(5),
                ProxySettings.parse("http://127.0.0.1:" + site.port(), null, null), UserAgents.api());
        URI elsewhere = URI.create("http://jobs.example.invalid/api/jobs");

        FetchedPage page = rig.fetcher(FetchRig.policy(site, "api").withBaseUrl(elsewhere), viaProxy).fetch(elsewhere);

        assertThat(page.body()).isEqualTo("{\"jobs\":[]}");
        assertThat(site.hits("/api/jobs").get(0).header("host")).isEqualTo("jobs.example.invalid");
    }

    @Test
    void anUnreachableSiteGivesAClearMessageAfterRetries() {
        int port = site.port();
        site.close();
        URI gone = URI.create("http://127.0.0.1:" + port + "/jobs/1");
        PoliteFetcher fetcher = rig.fetcher(FetchRig.policy(site, "board").withRobots(false), http);
        assertThatThrownBy(() -> fetcher.fetch(gone))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.NETWORK);
                    assertThat(e.getMessage()).contains("could not be reached").contains("4 attempts");
                });
        assertThat(rig.time.nonZeroSleeps()).hasSizeGreaterThanOrEqualTo(3);
    }
}
