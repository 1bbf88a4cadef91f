package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The resume commands in-process, on a data folder in a temporary directory. */
class ResumeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String[] withData(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    @Test
    void parsePrintsTheStructuredResumeAsJsonWithoutADatabase() throws Exception {
        Path file = Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf");
        assertThat(run("resume", "parse", file.toString(), "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("format").asText()).isEqualTo("PDF");
        assertThat(json.path("contact").path("email").asText()).isEqualTo("john.doe@email.com");
        JsonNode firstJob = json.path("experience").get(0);
        assertThat(firstJob.path("title").asText()).isEqualTo("Full Stack Java Developer");
        assertThat(firstJob.path("start").asText()).matches("\\d{4}(-\\d{2})?");
        assertThat(json.path("skills").isArray()).isTrue();
        assertThat(json.path("normalizedSkills").findValuesAsText("name")).contains("Java");
        assertThat(json.path("normalizedSkills").get(0).path("evidence").get(0).path("where").asText()).isNotBlank();
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }

    @Test
    void theTextFormCountsInTheSingularForOne() throws Exception {
        Path file = dir.resolve("cv.txt");
        Files.writeString(file, """
                Dana Reyes
                dana.reyes@example.org

                EXPERIENCE
                Warehouse Supervisor, Northwind Logistics, 2019 - 2023
                - Led a team of twelve pickers

                Forklift Operator, Contoso Freight, 2015 - 2019
                - Moved pallets safely
                - Trained new drivers
                """);
        assertThat(run("resume", "parse", file.toString())).isZero();
        assertThat(out.toString()).contains("(TEXT, 1 page)", "), 1 bullet\n", "), 2 bullets\n").doesNotContain("1 bullets");
    }

    @Test
    void importListExportAndAtsOnTheStoredVersion() throws Exception {
        Path resume = Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf");
        Path job = Corpus.file("jobs/pdf/resume-matcher__job_desc_java_developer.pdf");

        assertThat(run(withData("resume", "import", resume.toString(), "--label", "Java roles"))).isZero();
        assertThat(out.toString()).contains("as version 1 \u201cJava roles\u201d (primary)");
        assertThat(run(withData("resume", "list"))).isZero();
        assertThat(out.toString()).contains("Java roles", "resume-matcher__john_doe.pdf", "* = primary");

        Path pdf = dir.resolve("out/cv.pdf");
        assertThat(run(withData("resume", "export", "1", "--format", "pdf", "--out", pdf.toString()))).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("john.doe@email.com");
        }
        Path json = dir.resolve("cv.json");
        assertThat(run(withData("resume", "export", "1", "--format", "JSON", "--out", json.toString()))).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).path("basics").path("email").asText()).isEqualTo("john.doe@email.com");

        assertThat(run(withData("resume", "ats", "1", "--job", job.toString()))).isZero();
        assertThat(out.toString()).contains("ATS score: ", "Required skills: ", "[ok] Found required skill Java",
                "[XX] Missing required skill Design Patterns.", "Suggestions:");

        assertThat(run(withData("resume", "ats", "1", "--job-text", "Requirements: Java, Kotlin", "--json"))).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.path("score").asInt()).isBetween(1, 100);
        assertThat(report.path("reasons").findValuesAsText("text")).anyMatch(t -> t.startsWith("Missing required skill Kotlin"));
    }

    @Test
    void badInputGivesAMessageAndExitCodeOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertThat(run(withData("resume", "import", empty.toString()))).isEqualTo(1);
        assertThat(err.toString()).contains("The file is empty").doesNotContain("Exception");

        assertThat(run(withData("resume", "import", dir.resolve("missing.docx").toString()))).isEqualTo(1);
        assertThat(err.toString()).contains("could not be read");

        assertThat(run(withData("resume", "export", "7", "--format", "pdf", "--out", dir.resolve("x.pdf").toString()))).isEqualTo(1);
        assertThat(err.toString()).contains("There is no resume version 7");

        assertThat(run(withData("resume", "export", "1", "--format", "odt", "--out", "x"))).isEqualTo(2);
        assertThat(err.toString()).contains("use pdf, docx or json");

        assertThat(run(withData("resume", "list"))).isZero();
        assertThat(out.toString()).contains("No resume yet");
    }
}
