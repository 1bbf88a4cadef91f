package dev.careeragent.sources.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careeragent.diagnostics.BrowserLocator;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.LinkedInCards;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.BlockKind;
import dev.careeragent.sources.search.SourceOutcome.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches end to end: Playwright driving the installed Chromium through {@link JobSearchService} against
 * corpus pages served on 127.0.0.1 at LinkedIn's and Indeed's real URL paths.
 */
@Tag("browser")
class JobSearchBrowserTest {

    private static final String SEARCH = "/jobs-guest/jobs/api/seeMoreJobPostings/search";
    private static final String VIEW_TEXT = "Knowledge of data centers electrical infrastructure";

    @TempDir
    Path dir;

    private SearchRig rig;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(BrowserLocator.find(null).isPresent(), "No Chromium installed: browser tests skipped");
    }

    @BeforeEach
    void start() {
        rig = new SearchRig(dir);
        rig.sources(s -> s.linkedInOptIn(true));
        rig.serveApis();
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private SearchRunResult search(List<String> sources, int limit) {
        return rig.service().run(new SearchCriteria("data analyst", "New York", 40, Set.of(), 7, Set.of(), limit),
                sources, SearchListener.NONE, () -> false);
    }

    @Test
    void aMultiPageLinkedInSearchStoresDeduplicatedPostingsWithFullDescriptions() throws Exception {
        String small = corpus("jobs/html/linkedin/job-seeking-web-scrape__linkedin_search_snippet.html");
        String full = corpus("jobs/html/linkedin/jobsearchbot__serp_2b4a99809beea5a7.html");
        rig.site.serve(SEARCH, hit -> "0".equals(hit.param("start")) ? Reply.html(small) : Reply.html(full));
        String[] viewPages = {corpus("jobs/html/linkedin/talynt__linkedin_posting.html"),
                corpus("jobs/html/linkedin/job-seeking-web-scrape__linkedin_job_detail_snippet.html")};
        rig.site.serve("/jobs/view/", hit -> Reply.html(viewPages[(int) (hit.path().chars().sum() % 2)]));
        int limit = (int) LinkedInCards.countIn(small) + 10;

        SearchRunResult result = search(List.of("linkedin"), limit);

        SourceOutcome linkedIn = result.outcomes().get(0);
        assertThat(linkedIn.status()).as(String.valueOf(linkedIn.message())).isEqualTo(Status.SUCCEEDED);
        List<LoopbackSite.Hit> pages = rig.site.hits(SEARCH);
        assertThat(pages).hasSize(2);
        LoopbackSite.Hit first = pages.get(0);
        assertThat(first.param("keywords")).isEqualTo("data analyst");
        assertThat(first.param("location")).isEqualTo("New York");
        assertThat(first.param("distance")).isEqualTo("25");
        assertThat(first.param("f_TPR")).isEqualTo("r604800");
        assertThat(pages.get(1).param("start")).isEqualTo(String.valueOf(LinkedInCards.countIn(small)));

        Set<String> cardIds = linkIds();
        assertThat(cardIds).hasSize(limit);
        assertThat(rig.site.hitsBelow("/jobs/view/")).as("one job page per card").hasSize(limit);
        assertThat(linkedIn.found()).isEqualTo(limit);
        assertThat(linkedIn.newCount() + linkedIn.duplicates()).isEqualTo(limit);
        assertThat(rig.postings.countActive()).isEqualTo(linkedIn.newCount()).isPositive();
        for (long id : result.newPostingIds()) {
            JobPosting stored = rig.postings.find(id).orElseThrow();
            assertThat(stored.descriptionText()).containsAnyOf(VIEW_TEXT, "Cint is a pioneer in research technology");
            assertThat(stored.employmentType()).isEqualTo("Full-time");
            assertThat(stored.source()).isEqualTo("linkedin");
        }

        SearchRunResult again = search(List.of("linkedin"), limit);
        assertThat(again.newCount()).isZero();
        assertThat(again.duplicates()).isEqualTo(limit);
        assertThat(linkIds()).isEqualTo(cardIds);
    }

    @Test
    void aDisallowingRobotsTxtStopsTheSourceAndTheApisStillRun() {
        rig.site.serveLinkedInGuestSearch(100);
        rig.site.robots("User-agent: *\nDisallow: /jobs-guest/\n");

        SearchRunResult result = search(List.of("linkedin", "remoteok"), 25);

        assertThat(result.outcomes().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(result.outcomes().get(0).message()).contains("robots.txt does not allow");
        assertThat(rig.site.hits(SEARCH)).isEmpty();
        assertThat(result.outcomes().get(1).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(rig.site.hits("/api")).hasSize(1);
    }

    @Test
    void tooManyRequestsBacksOffThenCompletes() {
        rig.site.script(SEARCH, Reply.text(429, "Too Many Requests").withHeader("Retry-After", "7"),
                Reply.html(corpus("jobs/html/linkedin/jobsearchbot__serp_2b4a99809beea5a7.html")), Reply.html(""));
        rig.site.serveLinkedInJobView();

        SearchRunResult result = search(List.of("linkedin"), 4);

        assertThat(result.outcomes().get(0).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.newCount()).isPositive();
        assertThat(rig.fetch.time.nonZeroSleeps()).contains(Duration.ofSeconds(7));
        assertThat(rig.fetch.blocked).isEmpty();
    }

    @Test
    void aCaptchaPausesTheSourceRaisesTheEventAndTheOtherSourcesComplete() throws Exception {
        rig.site.serve("/jobs", hit -> Reply.html("<html><head><title>Security check</title></head><body>"
                + "<iframe src=\"https://newassets.hcaptcha.com/captcha/v1/abc/static/hcaptcha.html\"></iframe></body></html>"));
        rig.site.serveLinkedInGuestSearch(25);
        rig.site.serveLinkedInJobView();

        SearchRunResult result = search(List.of("indeed", "linkedin", "remoteok"), 3);

        SourceOutcome indeed = result.outcomes().get(0);
        assertThat(indeed.status()).isEqualTo(Status.BLOCKED);
        assertThat(indeed.message()).contains("Indeed is paused until");
        assertThat(rig.fetch.blocked).singleElement().satisfies(event -> {
            assertThat(event.sourceId()).isEqualTo("indeed");
            assertThat(event.kind()).isEqualTo(BlockKind.CAPTCHA);
            assertThat(indeed.pausedUntil()).isEqualTo(event.pausedUntil());
        });
        assertThat(result.outcomes().get(1).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.outcomes().get(2).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.outcomes().get(1).newCount()).isPositive();

        int indeedHits = rig.site.hits("/jobs").size();
        SearchRunResult later = search(List.of("indeed"), 10);
        assertThat(later.outcomes().get(0).status()).as("still paused after a restart").isEqualTo(Status.PAUSED);
        assertThat(rig.site.hits("/jobs")).hasSize(indeedHits);
    }

    private static String corpus(String file) {
        return dev.careeragent.sources.SourceTesting.corpus(file);
    }

    private Set<String> linkIds() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = rig.database.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT source_id FROM job_posting_link WHERE source = 'linkedin'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
