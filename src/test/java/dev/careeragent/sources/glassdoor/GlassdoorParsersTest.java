package dev.careeragent.sources.glassdoor;

import static dev.careeragent.sources.SourceTesting.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.SourceTesting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlassdoorParsersTest {

    private static final String FR = "jobs/html/glassdoor/joblass__glassdoor_job_search_page.html";
    private final GlassdoorSearchParser search = new GlassdoorSearchParser(SourceTesting.normalizer());
    private final GlassdoorJobParser job = new GlassdoorJobParser(SourceTesting.normalizer());

    @Test
    void frenchSearchPageHas30CompleteCards() {
        List<JobPosting> postings = search.parse(corpus(FR), "https://www.glassdoor.fr/Emploi/paris-data-scientist-emplois.htm");
        assertThat(postings).hasSize(30);
        assertThat(postings).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("glassdoor");
            assertThat(p.sourceId()).matches("\\d{10,}");
            assertThat(p.url()).isEqualTo("https://www.glassdoor.fr/job-listing/j?jl=" + p.sourceId());
            assertThat(p.title()).isNotBlank();
            assertThat(p.company()).isNotBlank();
            assertThat(p.location()).isNotBlank();
            assertThat(p.postedDate()).isNotNull();
        });
        JobPosting first = postings.get(0);
        assertThat(first.title()).isEqualTo("Consultant Manager en Modélisation et Risque de Marché | Banque | CDI | H/F");
        assertThat(first.company()).isEqualTo("PwC");
        assertThat(first.location()).isEqualTo("Neuilly");
        assertThat(first.postedDate()).isEqualTo(LocalDate.of(2026, 2, 8)); // "30j+"
        assertThat(first.descriptionText()).contains("Job Description & Summary", "modèles de risques");
        assertThat(postings.subList(1, 30)).allSatisfy(p -> assertThat(p.descriptionText()).isNull());
    }

    @Test
    void employerSalariesOnFrenchCards() {
        List<JobPosting> withSalary = search.parse(corpus(FR), "https://www.glassdoor.fr/")
                .stream().filter(p -> p.salaryText() != null).toList();
        assertThat(withSalary).hasSize(4);
        JobPosting chef = withSalary.stream().filter(p -> p.title().equals("Chef de Projet/Chargé Data")).findFirst().orElseThrow();
        assertThat(chef.salaryMin()).isEqualByComparingTo("45000");
        assertThat(chef.salaryMax()).isEqualByComparingTo("50000");
        assertThat(chef.salaryCurrency()).isEqualTo("EUR");
        assertThat(chef.salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
    }

    @Test
    void legacy2020Layout() {
        List<JobPosting> postings = search.parse(corpus("jobs/html/glassdoor/jobfunnel-pr63__glassdoor_co_in_search_2020.html"),
                "https://www.glassdoor.com.au/Job/australia-hackerrank-jobs-SRCH_IL.0,9_IN16_KO10,20.htm");
        assertThat(postings).hasSize(30);
        JobPosting first = postings.get(0);
        assertThat(first.sourceId()).isEqualTo("3480318629");
        assertThat(first.title()).isEqualTo("Sr. Strategy & Planning Associate");
        assertThat(first.company()).isEqualTo("Uber");
        assertThat(first.location()).isEqualTo("Sydney");
        assertThat(first.postedDate()).isEqualTo(LocalDate.of(2026, 3, 7)); // "3 d"
        assertThat(first.url()).isEqualTo("https://www.glassdoor.com.au/job-listing/j?jl=3480318629");
        assertThat(postings).allSatisfy(p -> assertThat(p.company()).isNotBlank());
    }

    @Test
    void detailsOfTheOpenedJob() {
        JobPosting p = job.parse(corpus(FR), "https://www.glassdoor.fr/job-listing/x.htm?jl=1009733330019");
        assertThat(p.sourceId()).isEqualTo("1009733330019");
        assertThat(p.title()).startsWith("Consultant Manager en Modélisation");
        assertThat(p.company()).isEqualTo("PwC");
        assertThat(p.location()).isEqualTo("Neuilly");
        assertThat(p.descriptionHtml()).contains("<ul>").doesNotContain("<button");
    }

    @Test
    void signInPageIsAClearError() {
        String wall = "<html><body><div class=authModal><h1>Sign in</h1></div></body></html>";
        assertThatThrownBy(() -> job.parse("<html><body><p>Sign in</p></body></html>", null))
                .isInstanceOf(JobPageParseException.class).hasMessageContaining("holds no job");
        assertThatThrownBy(() -> search.parse(wall, null)).isInstanceOf(JobPageParseException.class)
                .hasMessageContaining("not a Glassdoor search result");
    }
}
