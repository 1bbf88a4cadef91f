package dev.careeragent.sources.indeed;

import static dev.careeragent.sources.SourceTesting.corpus;
import static dev.careeragent.sources.SourceTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.SourceTesting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndeedParsersTest {

    private final IndeedJobParser job = new IndeedJobParser(SourceTesting.normalizer());
    private final IndeedSearchParser search = new IndeedSearchParser(SourceTesting.normalizer());

    @Test
    void talyntJobPage() {
        JobPosting p = job.parse(corpus("jobs/html/indeed/talynt__indeed_posting.html"), null);
        assertThat(p.title()).isEqualTo("Engineering Manager, Sustaining Software Engineering, Worldwide");
        assertThat(p.company()).isEqualTo("Canonical");
        assertThat(p.location()).isEqualTo("Austin, TX");
        assertThat(p.city()).isEqualTo("Austin");
        assertThat(p.country()).isEqualTo("US");
        assertThat(p.employmentType()).isEqualTo("Full-time");
        assertThat(p.descriptionText()).contains("solid background in software development");
        assertThat(p.sourceId()).isEqualTo("bf873f62104b48b5");
        assertThat(p.url()).isEqualTo("https://www.indeed.com/viewjob?jk=bf873f62104b48b5");
        assertThat(p.postedDate()).isEqualTo(LocalDate.of(2023, 4, 13));
        assertThat(p.remote()).isEqualTo(RemoteMode.REMOTE);
    }

    @Test
    void visahackEmbeddedJson() {
        JobPosting p = job.parse(corpus("jobs/html/indeed/visahack__indeed_details.html"), null);
        assertThat(p.sourceId()).isEqualTo("14ffe2be7ba7b921");
        assertThat(p.title()).isEqualTo("Full Stack Developer");
        assertThat(p.company()).isEqualTo("Example.co.uk");
        assertThat(p.location()).isEqualTo("Remote");
        assertThat(p.remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(p.employmentType()).isEqualTo("Permanent, Full-time");
        assertThat(p.salaryText()).isEqualTo("From £55,000 a year");
        assertThat(p.salaryMin()).isEqualByComparingTo("55000");
        assertThat(p.salaryMax()).isNull();
        assertThat(p.salaryCurrency()).isEqualTo("GBP");
        assertThat(p.salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(p.url()).isEqualTo("https://uk.indeed.com/viewjob?jk=14ffe2be7ba7b921");
        assertThat(p.postedDate()).isEqualTo(LocalDate.of(2026, 2, 8)); // "30+ days ago"
        // the page's description carries an onclick handler and an image: both must go
        assertThat(p.descriptionHtml()).contains("test description").doesNotContain("onclick", "<img");
    }

    @Test
    void visahackNoVisaVariantParsesToo() {
        JobPosting p = job.parse(corpus("jobs/html/indeed/visahack__indeed_details_no_visa.html"), null);
        assertThat(p.sourceId()).matches("[0-9a-f]{16}");
        assertThat(p.title()).isNotBlank();
        assertThat(p.company()).isNotBlank();
    }

    @Test
    void searchFromMosaicJson() {
        List<JobPosting> postings = search.parse(resource("/dev/careeragent/sources/indeed/search_mosaic.html"),
                "https://de.indeed.com/jobs?q=java&l=Berlin");
        assertThat(postings).hasSize(2);
        JobPosting first = postings.get(0);
        assertThat(first.sourceId()).isEqualTo("a1b2c3d4e5f60718");
        assertThat(first.url()).isEqualTo("https://de.indeed.com/viewjob?jk=a1b2c3d4e5f60718");
        assertThat(first.title()).isEqualTo("Senior Java Developer (m/w/d)");
        assertThat(first.salaryMin()).isEqualByComparingTo(new BigDecimal("65000"));
        assertThat(first.salaryMax()).isEqualByComparingTo(new BigDecimal("80000"));
        assertThat(first.salaryCurrency()).isEqualTo("EUR");
        assertThat(first.salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(first.employmentType()).isEqualTo("Full-time, Permanent");
        assertThat(first.remote()).isEqualTo(RemoteMode.HYBRID);
        assertThat(first.postedDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(first.descriptionText()).contains("• Java 17, Spring Boot");
        assertThat(postings.get(1).remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(postings.get(1).postedDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void searchFromHtmlCards() {
        List<JobPosting> postings = search.parse(resource("/dev/careeragent/sources/indeed/search_cards.html"),
                "https://www.indeed.com/jobs?q=python&l=Austin");
        assertThat(postings).extracting(JobPosting::title).containsExactly("Python Developer", "Data Engineer");
        JobPosting first = postings.get(0);
        assertThat(first.company()).isEqualTo("Lone Star Data");
        assertThat(first.city()).isEqualTo("Austin");
        assertThat(first.region()).isEqualTo("TX");
        assertThat(first.salaryMin()).isEqualByComparingTo("50");
        assertThat(first.salaryPeriod()).isEqualTo(SalaryPeriod.HOUR);
        assertThat(first.postedDate()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(first.url()).isEqualTo("https://www.indeed.com/viewjob?jk=1111222233334444");
        assertThat(postings.get(1).remote()).isEqualTo(RemoteMode.REMOTE);
    }

    @Test
    void blockedPagesAreClearErrors() {
        String check = "<html><body><h2>Additional Verification Required</h2></body></html>";
        assertThatThrownBy(() -> search.parse(check, null)).isInstanceOf(JobPageParseException.class)
                .hasMessageContaining("not an Indeed search result");
        assertThatThrownBy(() -> job.parse(check, null)).isInstanceOf(JobPageParseException.class)
                .hasMessageContaining("holds no job");
    }
}
