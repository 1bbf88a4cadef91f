package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.letters.LetterFixtures;
import dev.careeragent.resume.export.JsonResumeExporter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code career-agent letter} on files, with no model and with the fake Ollama server. */
class LetterCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path resume;
    private Path job;

    @BeforeEach
    void files() throws Exception {
        resume = dir.resolve("ada.json");
        Files.writeString(resume, new JsonResumeExporter().export(LetterFixtures.RESUME));
        job = dir.resolve("job.txt");
        Files.writeString(job, "Backend Engineer\n" + LetterFixtures.POSTING.descriptionText());
    }

    private int run(String... args) {
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void withoutAModelTheTemplateLetterIsWrittenToPdfAndReportedAsJson() throws Exception {
        Path pdf = dir.resolve("out/letter.pdf");
        int exit = run("--data-dir", dir.resolve("data").toString(), "letter", "--resume", resume.toString(), "--job", job.toString(),
                "--tone", "direct", "--length", "short", "--out", pdf.toString(), "--json");
        assertThat(exit).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("writtenBy").asText()).isEqualTo("template");
        assertThat(report.get("text").asText()).contains("I am applying for the Backend Engineer role").contains("Grace Hopper");
        assertThat(report.get("claimsChecked").size()).isPositive();
        assertThat(report.get("claimsFlagged").size()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ada Lovelace").contains("I am applying for the Backend Engineer role");
        }
    }

    @Test
    void aModelLetterWithInventedClaimsIsNotWrittenAndTheClaimsAreListed() throws Exception {
        try (FakeLlmServer server = new FakeLlmServer()) {
            server.then(FakeLlmServer.text("Dear Grace Hopper,\n\nAt Globex I earned an MBA and grew sales by 250%.\n\nSincerely,\nAda Lovelace"));
            Path txt = dir.resolve("letter.txt");
            int exit = run("--data-dir", dir.resolve("data").toString(), "letter", "--resume", resume.toString(), "--job", job.toString(),
                    "--provider", "ollama", "--base-url", server.ollamaUrl(), "--model", "llama3.2:3b", "--out", txt.toString(), "--json");
            assertThat(exit).isEqualTo(3);
            JsonNode report = new ObjectMapper().readTree(out.toString());
            assertThat(report.get("writtenBy").asText()).isEqualTo("model");
            assertThat(report.get("claimsFlagged").toString()).contains("Globex").contains("MBA").contains("250%");
            assertThat(txt).doesNotExist();
        }
    }

    @Test
    void badOptionsGetAPlainMessage() {
        int exit = run("--data-dir", dir.toString(), "letter", "--resume", resume.toString(), "--job", job.toString(),
                "--tone", "sarcastic", "--out", dir.resolve("l.pdf").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--tone sarcastic is not one of formal, warm, direct");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", dir.toString(), "letter", "--resume", resume.toString(), "--job", job.toString(),
                "--out", dir.resolve("l.odt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("name it .pdf, .docx or .txt");
    }
}
