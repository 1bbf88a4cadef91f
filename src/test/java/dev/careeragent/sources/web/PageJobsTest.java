package dev.careeragent.sources.web;

import static dev.careeragent.sources.SourceTesting.corpus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.SourceTesting;
import org.junit.jupiter.api.Test;

/** Search-results and board pages give every card; saved or trimmed pages reach their site's parser; closed jobs. */
class PageJobsTest {

    private final JobPageParser parser = new JobPageParser(SourceTesting.normalizer(), SourceTesting.CLOCK);

    @Test
    void aSavedLinkedInSearchPageGivesEveryCard() {
        PageJobs page = parser.read(corpus("jobs/html/linkedin/jobsearchbot__serp_0a14eef36f206088.html"), null);
        assertThat(page.listing()).isTrue();
        assertThat(page.postings()).hasSizeGreaterThanOrEqualTo(55);
        assertThat(page.postings()).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.company()).isNotBlank();
            assertThat(p.url()).contains("linkedin.com/jobs/view/");
        });
    }

    @Test
    void boardAndSearchPagesOfOtherSitesGiveTheirCards() {
        PageJobs greenhouse = parser.read(corpus("jobs/html/ats/jobby__greenhouse_board_mirador.html"), null);
        assertThat(greenhouse.listing()).isTrue();
        assertThat(greenhouse.postings()).hasSize(8).noneMatch(p -> p.title().startsWith("Positions Available"));
        PageJobs glassdoor = parser.read(corpus("jobs/html/glassdoor/joblass__glassdoor_job_search_page.html"), null);
        assertThat(glassdoor.postings()).hasSize(30);
        PageJobs older = parser.read(corpus("jobs/html/glassdoor/jobfunnel-pr63__glassdoor_co_in_search_2020.html"), null);
        assertThat(older.listing()).isTrue();
        assertThat(older.postings()).hasSizeGreaterThanOrEqualTo(27);
        assertThat(older.postings()).filteredOn(p -> p.company() != null).hasSizeGreaterThanOrEqualTo(27);
    }

    @Test
    void aJobPageWithSimilarJobsIsStillOneJob() {
        PageJobs page = parser.read(corpus("jobs/html/linkedin/talynt__linkedin_posting.html"), null);
        assertThat(page.listing()).isFalse();
        assertThat(page.postings()).singleElement().extracting(JobPosting::company).isEqualTo("Google");
    }

    @Test
    void trimmedPagesWithoutAnAddressUseTheirSiteParser() {
        JobPosting snippet = parser.parse(corpus("jobs/html/linkedin/job-seeking-web-scrape__linkedin_job_detail_snippet.html"), null);
        assertThat(snippet.source()).isEqualTo("linkedin");
        assertThat(snippet.title()).isEqualTo("Chief of Staff to the CTO");
        assertThat(snippet.company()).isEqualTo("Cint");
        assertThat(snippet.location()).isEqualTo("Berlin, Berlin, Germany");
        JobPosting indeed = parser.parse(corpus("jobs/html/indeed/visahack__indeed_details.html"), null);
        assertThat(indeed.source()).isEqualTo("indeed");
        assertThat(indeed.title()).isEqualTo("Full Stack Developer");
        assertThat(indeed.company()).isEqualTo("Example.co.uk");
    }

    @Test
    void closedPostingsAreRecognised() {
        String closed = "<html><head><title>Data Analyst at Acme</title></head><body><h1>Data Analyst</h1>"
                + "<p>No longer accepting applications</p><p>We analyse data for our customers every day.</p></body></html>";
        assertThat(parser.read(closed, "https://jobs.acme.example/1").closed()).isTrue();
        String expired = "<html><head><script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Nurse\","
                + "\"hiringOrganization\":{\"name\":\"St Mary\"},\"validThrough\":\"2026-01-31\"}</script></head>"
                + "<body><h1>Nurse</h1></body></html>";
        assertThat(parser.read(expired, "https://careers.stmary.example/7").closed()).isTrue();
        String open = expired.replace("2026-01-31", "2026-12-31");
        assertThat(parser.read(open, "https://careers.stmary.example/7").closed()).isFalse();
    }
}
