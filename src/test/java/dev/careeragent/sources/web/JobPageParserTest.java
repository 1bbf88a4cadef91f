package dev.careeragent.sources.web;

import static dev.careeragent.sources.SourceTesting.corpus;
import static dev.careeragent.sources.SourceTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.SourceTesting;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobPageParserTest {

    private final JobPageParser parser = new JobPageParser(SourceTesting.normalizer());

    @Test
    void jsonLdInGraphWithArraysSalaryAndTelecommute() {
        JobPosting p = parser.parse(resource("/dev/careeragent/sources/web/jsonld_graph.html"), "https://bluefjord.example/jobs/1");
        assertThat(p.source()).isEqualTo("web");
        assertThat(p.title()).isEqualTo("Platform Engineer");
        assertThat(p.company()).isEqualTo("Blue Fjord AS");
        assertThat(p.sourceId()).isEqualTo("BF-2026-17");
        assertThat(p.url()).isEqualTo("https://bluefjord.example/jobs/platform-engineer");
        assertThat(p.city()).isEqualTo("Oslo");
        assertThat(p.country()).isEqualTo("NO");
        assertThat(p.remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(p.employmentType()).isEqualTo("Full-time, Contract");
        assertThat(p.salaryMin()).isEqualByComparingTo("750000");
        assertThat(p.salaryMax()).isEqualByComparingTo("900000");
        assertThat(p.salaryCurrency()).isEqualTo("NOK");
        assertThat(p.salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(p.postedDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(p.descriptionHtml()).contains("<b>Kubernetes</b>", "<li>Terraform</li>");
    }

    @Test
    void readableFallbackStillGivesTitleCompanyAndDescription() {
        JobPosting p = parser.parse(resource("/dev/careeragent/sources/web/plain_job_page.html"), "https://jobs.nordlicht.example/77");
        assertThat(p.title()).isEqualTo("Warehouse Team Lead (m/w/d)");
        assertThat(p.company()).isEqualTo("Nordlicht Logistik");
        assertThat(p.descriptionText()).contains("team lead for our warehouse in Hamburg", "• Forklift licence")
                .doesNotContain("All jobs", "Imprint", "tracking");
        assertThat(p.descriptionHtml()).contains("rel=\"nofollow noopener\"").doesNotContain("onclick", "<img");
    }

    @Test
    void choosesSiteParsersByHostOrCanonicalLink() {
        JobPosting linkedIn = parser.parse(corpus("jobs/html/linkedin/talynt__linkedin_posting.html"), null);
        assertThat(linkedIn.source()).isEqualTo("linkedin");
        assertThat(linkedIn.seniority()).isEqualTo("Not Applicable");
        JobPosting indeed = parser.parse(corpus("jobs/html/indeed/talynt__indeed_posting.html"), null);
        assertThat(indeed.source()).isEqualTo("indeed");
        assertThat(indeed.company()).isEqualTo("Canonical");
        JobPosting glassdoor = parser.parse(corpus("jobs/html/glassdoor/joblass__glassdoor_job_search_page.html"),
                "https://www.glassdoor.fr/job-listing/x.htm?jl=1009733330019");
        assertThat(glassdoor.source()).isEqualTo("glassdoor");
        JobPosting visahack = parser.parse(corpus("jobs/html/indeed/visahack__indeed_details.html"),
                "https://uk.indeed.com/viewjob?jk=14ffe2be7ba7b921");
        assertThat(visahack.salaryCurrency()).isEqualTo("GBP");
    }

    @Test
    void atsPagesUseTheirLayout() {
        String greenhouse = "<html><head><title>Job Application for Data Engineer at Acme</title></head><body>"
                + "<div id=app_body><h1 class=app-title>Data Engineer</h1><span class=company-name>at Acme</span>"
                + "<div class=location>Lisbon, Portugal</div><div id=content><p>Build pipelines with Spark.</p></div></div></body></html>";
        JobPosting p = parser.parse(greenhouse, "https://boards.greenhouse.io/acme/jobs/4455667?gh_src=x");
        assertThat(p.source()).isEqualTo("greenhouse");
        assertThat(p.sourceId()).isEqualTo("4455667");
        assertThat(p.title()).isEqualTo("Data Engineer");
        assertThat(p.country()).isEqualTo("PT");
        assertThat(p.descriptionText()).isEqualTo("Build pipelines with Spark.");
        String lever = "<html><body><div class=posting-headline><h2>QA Engineer</h2><div class=posting-categories>"
                + "<div class=location>Austin, TX</div><div class=commitment>Full-time</div></div></div>"
                + "<div data-qa=job-description><p>Test all the things.</p></div></body></html>";
        JobPosting l = parser.parse(lever, "https://jobs.lever.co/northwind/5ac21346-8e0c-4494-8e7a-3eb92ff77902");
        assertThat(l.source()).isEqualTo("lever");
        assertThat(l.sourceId()).isEqualTo("5ac21346-8e0c-4494-8e7a-3eb92ff77902");
        assertThat(l.region()).isEqualTo("TX");
        assertThat(l.employmentType()).isEqualTo("Full-time");
    }

    @Test
    void unreadablePagesGiveAClearMessage() {
        assertThatThrownBy(() -> parser.parse("<html><head></head><body></body></html>", "https://x.example/"))
                .isInstanceOf(JobPageParseException.class).hasMessageContaining("No job could be read");
        assertThatThrownBy(() -> parser.parse("", null))
                .isInstanceOf(JobPageParseException.class).hasMessageContaining("empty");
    }
}
