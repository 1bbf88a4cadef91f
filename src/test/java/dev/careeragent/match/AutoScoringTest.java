package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.match.MatchResult;
import dev.careeragent.notify.HighMatchFound;
import dev.careeragent.testing.Corpus;
import dev.careeragent.ui.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app keeps scores current by itself: a primary resume scores what is stored, new postings are scored on arrival. */
class AutoScoringTest {

    @TempDir
    Path dir;

    @Test
    void scoresStoredPostingsWhenAResumeArrivesAndNewPostingsWhenTheyAreStored() throws Exception {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            JobPosting java = context.postings().save(posting("Java Developer", "jobs/pdf/resume-matcher__job_desc_java_developer.pdf"));
            context.startAutoScoring();
            assertThat(context.matching().result(java.id())).as("nothing to score against yet").isEmpty();

            byte[] resume = Files.readAllBytes(Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf"));
            context.resumeService().importBytes(resume, "john_doe.pdf", null, "John Doe");
            assertThat(context.matching().result(java.id())).as("the first import is primary and rescores everything").isPresent();

            List<HighMatchFound> alerts = new ArrayList<>();
            context.events().subscribe(HighMatchFound.class, alerts::add);
            JobPosting frontEnd = context.postings().save(posting("Front End Engineer",
                    "jobs/pdf/resume-matcher__job_desc_front_end_engineer.pdf"));
            context.events().publish(new NewPostingsStored(List.of(frontEnd.id())));

            MatchResult scored = context.matching().result(frontEnd.id()).orElseThrow();
            assertThat(scored.score()).isBetween(0.0, 100.0);
            assertThat(alerts).allSatisfy(alert -> assertThat(alert.score()).isGreaterThanOrEqualTo(80));
        }
    }

    @Test
    void aJobAddedFromAPageIsScoredOnArrival() throws Exception {
        Path page = dir.resolve("job.html");
        Files.writeString(page, "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"JobPosting\",\"title\":\"Senior Java Developer\",\"hiringOrganization\":{\"name\":"
                + "\"Acme\"},\"description\":\"<p>Java, Spring Boot, SQL and REST APIs; five years of backend work.</p>\"}"
                + "</script></head><body></body></html>");
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            byte[] resume = Files.readAllBytes(Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf"));
            context.resumeService().importBytes(resume, "john_doe.pdf", null, "John Doe");
            context.startAutoScoring();
            List<NewPostingsStored> announced = new ArrayList<>();
            context.events().subscribe(NewPostingsStored.class, announced::add);

            var pageImport = context.jobPageImport();
            var imported = pageImport.importPostings(pageImport.read(page.toString()).postings()).get(0);
            var again = pageImport.importPostings(pageImport.read(page.toString()).postings()).get(0);

            assertThat(context.matching().result(imported.postingId())).as("scored without a restart").isPresent();
            assertThat(again.isNew()).isFalse();
            assertThat(announced).as("announced once, when it was new").singleElement()
                    .isEqualTo(new NewPostingsStored(List.of(imported.postingId())));
            assertThat(context.agent().scheduler().jobKeys()).as("the catch-up scoring job is registered")
                    .contains(AutoScoring.CATCH_UP.key());
        }
    }

    private static JobPosting posting(String title, String pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(Corpus.file(pdf).toFile())) {
            return JobPosting.builder().source("test").sourceId(title).title(title).company("Acme")
                    .descriptionText(new PDFTextStripper().getText(document)).build();
        }
    }
}
