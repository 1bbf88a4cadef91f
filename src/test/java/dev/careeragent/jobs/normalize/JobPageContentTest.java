package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.jobtext.JobFileReader;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.web.ReadableTextJobParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One choice of a job page's content: the any-page import and a saved job file read the same text from a page. */
class JobPageContentTest {

    private static final String DUTIES = "You will build payment services in Java and Spring Boot, review code, and run "
            + "them on Kubernetes with the platform team. You bring five years of backend work.";
    private static final String PAGE = "<html><head><title>Backend Engineer at Acme</title></head><body>"
            + "<nav>Home Jobs About Careers Blog Contact Login Sign up for alerts and news from the team</nav>"
            + "<main><h1>Backend Engineer</h1><div class=\"job-description\"><p>" + DUTIES + "</p>"
            + "<ul><li>Java</li><li>SQL</li></ul><button>Apply now</button></div>"
            + "<aside>Similar jobs: Frontend Engineer, Data Engineer, Product Designer, Sales Lead, Office Manager</aside>"
            + "</main><footer>Copyright Acme</footer></body></html>";

    @TempDir
    Path dir;

    @Test
    void aJobSitesDescriptionElementWinsOverTheMainTextAndBoilerplateIsDropped() {
        String text = JobPageContent.of(Jsoup.parse(PAGE)).text();
        assertThat(text).startsWith(DUTIES).contains("Java SQL")
                .doesNotContain("Similar jobs", "Apply now", "Copyright", "Sign up");
    }

    @Test
    void withoutADescriptionElementTheMainTextAndThenTheBodyAreUsed() {
        String main = PAGE.replace("class=\"job-description\"", "class=\"body\"");
        assertThat(JobPageContent.of(Jsoup.parse(main)).text()).startsWith("Backend Engineer " + DUTIES)
                .doesNotContain("Similar jobs", "Home Jobs");
        String wrappedInAForm = "<html><body><form><p>" + DUTIES + " " + DUTIES + "</p></form></body></html>";
        assertThat(JobPageContent.of(Jsoup.parse(wrappedInAForm)).text()).as("ASP.NET pages keep their text").contains(DUTIES);
    }

    @Test
    void theAnyPageImportAndAJobFileReadTheSameDescription() throws Exception {
        JobPosting imported = new ReadableTextJobParser(new PostingNormalizer(Clock.systemUTC()))
                .parse(PAGE, "https://jobs.example.com/backend");
        JobPosting file = new JobFileReader().read(Files.writeString(dir.resolve("backend.html"), PAGE));

        assertThat(file.descriptionText()).isEqualTo(imported.descriptionText());
        assertThat(file.descriptionText()).startsWith(DUTIES).contains("\u2022 Java").doesNotContain("Similar jobs");
    }
}
