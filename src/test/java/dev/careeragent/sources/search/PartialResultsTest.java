package dev.careeragent.sources.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.FetchRig;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.SearchProgress;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.HttpFetcher;
import dev.careeragent.sources.fetch.SearchResult;
import dev.careeragent.sources.indeed.IndeedSearchParser;
import dev.careeragent.sources.indeed.IndeedSource;
import dev.careeragent.sources.search.SourceOutcome.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later page that fails never throws away the jobs the earlier pages gave; the outcome says what happened. */
class PartialResultsTest {

    private static final List<String> COMPANIES = List.of("Northwind Traders", "Globex", "Initech", "Umbrella Labs",
            "Stark Industries", "Wayne Enterprises", "Tyrell Corporation", "Cyberdyne Systems", "Soylent Foods", "Hooli");
    private static final List<String> TITLES = List.of("Backend Engineer", "Data Analyst", "Product Designer",
            "DevOps Engineer", "QA Specialist");

    @TempDir
    Path dir;

    @Test
    void aPageThatKeepsFailingAfterRetriesKeepsAndStoresTheJobsOfTheEarlierPages() {
        try (SearchRig rig = new SearchRig(dir)) {
            rig.site.serve("/api/job-board-api", hit -> switch (hit.param("page")) {
                case "1", "2" -> Reply.json(arbeitnowPage(Integer.parseInt(hit.param("page")), rig.site));
                default -> Reply.text(503, "Service Unavailable");
            });

            SearchRunResult result = rig.service().run(SearchCriteria.of("", null, 500), List.of("arbeitnow"),
                    SearchListener.NONE, () -> false);

            SourceOutcome outcome = result.outcomes().get(0);
            assertThat(outcome.status()).isEqualTo(Status.PARTIAL);
            assertThat(outcome.found()).isEqualTo(10);
            assertThat(outcome.message()).startsWith("Read 2 pages (10 jobs); page 3 failed: ").contains("HTTP 503");
            assertThat(rig.site.hits("/api/job-board-api")).as("page 3 was retried before giving up")
                    .filteredOn(hit -> "3".equals(hit.param("page"))).hasSize(3);
            assertThat(result.newPostingIds()).hasSize(10);
            assertThat(rig.postings.findAll(result.newPostingIds())).extracting(JobPosting::company)
                    .containsExactlyInAnyOrderElementsOf(COMPANIES);
            assertThat(rig.stored).singleElement().satisfies(event -> assertThat(event.postingIds()).hasSize(10));
        }
    }

    @Test
    void aResultsPageThatCannotBeReadEndsPagingButKeepsTheCardsAlreadyFound() {
        FetchRig fetch = new FetchRig();
        try (LoopbackSite site = LoopbackSite.start()) {
            String cards = SourceTesting.resource("/dev/careeragent/sources/indeed/search_cards.html");
            site.serve("/jobs", hit -> "0".equals(hit.param("start")) ? Reply.html(cards)
                    : Reply.html("<html><body><h1>Something went wrong</h1><p>Please try again.</p></body></html>"));
            site.serve("/viewjob", hit -> Reply.text(404, "gone"));
            IndeedSource indeed = new IndeedSource(FetchRig.policy(site, "indeed"), SourceTesting.normalizer());

            SearchResult<JobPosting> result = indeed.search(SearchCriteria.of("java", null, 100),
                    fetch.fetcher(indeed.policy(), HttpFetcher.standard(null)), SearchProgress.NONE);

            int onFirstPage = new IndeedSearchParser(SourceTesting.normalizer()).parse(cards, site.base().toString()).size();
            assertThat(result.items()).hasSize(onFirstPage).isNotEmpty().allSatisfy(job -> assertThat(job.title()).isNotBlank());
            assertThat(result.pagesFetched()).isEqualTo(1);
            assertThat(result.stoppedAt()).isEqualTo("page 2");
            assertThat(result.stoppedBy().kind()).isEqualTo(FetchException.Kind.HTTP_ERROR);
            assertThat(result.stoppedBy().getMessage()).contains("not an Indeed search result");
        }
    }

    /** Five distinct jobs per page, on distinct companies so none is a duplicate of another. */
    private static String arbeitnowPage(int page, LoopbackSite site) {
        StringJoiner jobs = new StringJoiner(",", "{\"data\":[", "],\"links\":{\"next\":null}}");
        for (int i = 0; i < 5; i++) {
            String slug = "job-" + page + "-" + i;
            jobs.add("{\"slug\":\"" + slug + "\",\"company_name\":\"" + COMPANIES.get((page - 1) * 5 + i)
                    + "\",\"title\":\"" + TITLES.get(i) + "\",\"description\":\"<p>" + COMPANIES.get((page - 1) * 5 + i)
                    + " needs a " + TITLES.get(i) + " for team " + slug + ".</p>\","
                    + "\"remote\":true,\"url\":\"" + site.url("/jobs/" + slug) + "\",\"tags\":[],\"job_types\":[],"
                    + "\"location\":\"Berlin\",\"created_at\":1772956800}");
        }
        return jobs.toString();
    }
}
