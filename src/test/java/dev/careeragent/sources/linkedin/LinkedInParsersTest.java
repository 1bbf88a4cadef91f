package dev.careeragent.sources.linkedin;

import static dev.careeragent.sources.SourceTesting.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.SourceTesting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedInParsersTest {

    private final LinkedInSearchParser search = new LinkedInSearchParser(SourceTesting.normalizer());
    private final LinkedInJobParser job = new LinkedInJobParser(SourceTesting.normalizer());

    @ParameterizedTest
    @CsvSource({"jobsearchbot__serp_0a14eef36f206088.html, 58", "jobsearchbot__serp_2b4a99809beea5a7.html, 60",
            "jobsearchbot__serp_7fc386584d9dc55b.html, 59"})
    void searchPagesGiveEveryCardComplete(String file, int cards) {
        List<JobPosting> postings = search.parse(corpus("jobs/html/linkedin/" + file), "https://www.linkedin.com/jobs/search");
        assertThat(postings).hasSize(cards);
        assertThat(postings).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("linkedin");
            assertThat(p.sourceId()).matches("\\d{8,}");
            assertThat(p.url()).isEqualTo("https://www.linkedin.com/jobs/view/" + p.sourceId());
            assertThat(p.title()).isNotBlank();
            assertThat(p.company()).isNotBlank();
            assertThat(p.location()).isNotBlank();
            assertThat(p.postedDate()).isNotNull();
        });
        assertThat(postings).extracting(JobPosting::sourceId).doesNotHaveDuplicates();
    }

    @Test
    void firstCardOfAPythonSearch() {
        JobPosting first = search.parse(corpus("jobs/html/linkedin/jobsearchbot__serp_0a14eef36f206088.html"), null).get(0);
        assertThat(first.title()).isEqualTo("Python Test Engineer");
        assertThat(first.company()).isEqualTo("Infosys");
        assertThat(first.location()).isEqualTo("Bengaluru East, Karnataka, India");
        assertThat(first.country()).isEqualTo("IN");
        assertThat(first.sourceId()).isEqualTo("4433468870");
        assertThat(first.postedDate()).isEqualTo(LocalDate.of(2026, 8, 9));
    }

    @Test
    void searchSnippetResolvesRelativeLinksAndNestedCompanyLinks() {
        List<JobPosting> postings = search.parse(corpus("jobs/html/linkedin/job-seeking-web-scrape__linkedin_search_snippet.html"),
                "https://www.linkedin.com/jobs/search?keywords=data");
        assertThat(postings).extracting(JobPosting::title).containsExactly("Data Engineer", "Data Engineering Intern");
        assertThat(postings).extracting(JobPosting::company).containsExactly("ACME Corp", "Beta GmbH");
        assertThat(postings).extracting(JobPosting::sourceId).containsExactly("4337994473", "4064488192");
        assertThat(postings.get(0).postedDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(postings.get(1).postedDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(postings.get(0).country()).isEqualTo("DE");
    }

    @Test
    void talyntJobPage() {
        JobPosting p = job.parse(corpus("jobs/html/linkedin/talynt__linkedin_posting.html"), null);
        assertThat(p.title()).isEqualTo("Power Monitoring Execution Engineer, Google Data Center");
        assertThat(p.company()).isEqualTo("Google");
        assertThat(p.location()).isEqualTo("Austin, TX");
        assertThat(p.city()).isEqualTo("Austin");
        assertThat(p.region()).isEqualTo("TX");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.employmentType()).isEqualTo("Full-time");
        assertThat(p.seniority()).isEqualTo("Not Applicable");
        assertThat(p.jobFunction()).isEqualTo("Information Technology and Engineering");
        assertThat(p.industries()).containsExactly("Information Services and Technology", "Information and Internet");
        assertThat(p.descriptionText()).contains("Knowledge of data centers electrical infrastructure");
        assertThat(p.descriptionHtml()).contains("<li>").doesNotContain("<script", "<button");
        assertThat(p.sourceId()).isEqualTo("3561224688");
        assertThat(p.url()).isEqualTo("https://www.linkedin.com/jobs/view/3561224688");
        assertThat(p.applyUrl()).startsWith("https://careers.google.com/jobs/results/116042984853512902")
                .doesNotContain("utm_");
        assertThat(p.postedDate()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void detailSnippet() {
        JobPosting p = job.parse(corpus("jobs/html/linkedin/job-seeking-web-scrape__linkedin_job_detail_snippet.html"), null);
        assertThat(p.title()).isEqualTo("Chief of Staff to the CTO");
        assertThat(p.company()).isEqualTo("Cint");
        assertThat(p.location()).isEqualTo("Berlin, Berlin, Germany");
        assertThat(p.country()).isEqualTo("DE");
        assertThat(p.postedDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(p.seniority()).isEqualTo("Mid-Senior level");
        assertThat(p.employmentType()).isEqualTo("Full-time");
        assertThat(p.jobFunction()).isEqualTo("Administrative");
        assertThat(p.industries()).containsExactly("Software Development");
        assertThat(p.descriptionText()).contains("Cint is a pioneer in research technology", "support our CTO based in Berlin");
        assertThat(p.sourceId()).isEqualTo("4369978519");
    }

    @Test
    void signInPageIsAClearError() {
        String authwall = "<html><body><form class=login><input name=session_key></form></body></html>";
        assertThatThrownBy(() -> search.parse(authwall, null)).isInstanceOf(JobPageParseException.class)
                .hasMessageContaining("not a LinkedIn job search");
        assertThatThrownBy(() -> job.parse(authwall, null)).isInstanceOf(JobPageParseException.class)
                .hasMessageContaining("holds no job");
    }
}
