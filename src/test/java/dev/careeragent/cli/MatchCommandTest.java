package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.testing.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsAScoreAndReasonsForEveryResumeJobPairAsJson() throws Exception {
        String java = Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf").toString();
        String accountant = Corpus.file("resumes/docx/soupboss__01-Accountant.docx").toString();
        String javaJob = Corpus.file("jobs/pdf/resume-matcher__job_desc_java_developer.pdf").toString();
        String mlJob = Corpus.file("jobs/text/resume-matcher-e2e__ml-eng.txt").toString();
        String indeed = Corpus.file("jobs/html/indeed/talynt__indeed_posting.html").toString();

        int exit = run("--data-dir", dir.toString(), "match", "--resume", java, "--resume", accountant,
                "--job", javaJob, "--job", mlJob, "--job", indeed, "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode pairs = new ObjectMapper().readTree(out.toString());
        assertThat(pairs).hasSize(6);
        JsonNode javaPair = pairs.get(0);
        assertThat(javaPair.get("resume").asText()).isEqualTo(java);
        assertThat(javaPair.get("job").asText()).isEqualTo(javaJob);
        assertThat(javaPair.get("jobTitle").asText()).startsWith("Java Developer");
        assertThat(javaPair.at("/result/explanation/matchedSkills").toString()).contains("\"Java\"", "\"Hibernate\"");
        assertThat(javaPair.at("/result/explanation/reasons").size()).isPositive();
        assertThat(javaPair.get("score").asDouble()).isGreaterThan(pairs.get(1).get("score").asDouble())
                .isGreaterThan(pairs.get(3).get("score").asDouble());
        assertThat(pairs.get(1).get("jobTitle").asText()).isEqualTo("Machine Learning Engineer");
        assertThat(pairs.get(2).get("jobTitle").asText()).isEqualTo("Engineering Manager, Sustaining Software Engineering, Worldwide");
    }

    @Test
    void textOutputAndAMissingFileGetAPlainMessage() {
        String java = Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf").toString();
        String javaJob = Corpus.file("jobs/pdf/resume-matcher__job_desc_java_developer.pdf").toString();
        assertThat(run("--data-dir", dir.toString(), "match", "--resume", java, "--job", javaJob)).isZero();
        assertThat(out.toString()).contains("Java Developer", "skills", "Matched: Java");

        int exit = run("--data-dir", dir.toString(), "match", "--resume", java, "--job", dir.resolve("nope.txt").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist").doesNotContain("Exception", "\tat ");
    }
}
