package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.match.MatchComponent;
import dev.careeragent.match.MatchResult;
import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.ScoreWeights;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.resume.jobtext.JobFileReader;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.jobs.JobsViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Jobs page, the alert path (a new posting scored on arrival) and {@code careeragent match} give the same score
 * and reasons for the same resume, job and saved profile: without preferences, with preferences, and with a full
 * profile (weights, target level, companies and words to avoid).
 */
class SameScoreEverywhereTest {

    private static final String RESUME = """
            Jane Roe
            jane.roe@example.com

            Summary
            Backend developer with seven years of Java.

            Experience
            Senior Java Developer, Acme GmbH, Berlin, 2018 - 2024
            - Built Spring Boot services on PostgreSQL, shipped with Docker and Kubernetes.
            - Led the move of a monolith to services on AWS.

            Skills
            Java, Spring Boot, SQL, PostgreSQL, Docker, Kubernetes, AWS, Git
            """;
    private static final String JOB = """
            Backend Java Developer

            We are hiring a backend Java developer to build our payment services.
            You bring: Java, Spring Boot and SQL. Docker experience is required.
            Nice to have: Kubernetes and Kafka.
            """;

    private static final String SENIOR_JOB = JOB.replaceFirst("Backend Java Developer", "Senior Backend Java Developer");

    @TempDir
    Path dir;

    @Test
    void withoutPreferencesEveryPathAgreesAndThePreferenceShareIsNeutral() throws Exception {
        List<MatchResult> app = scoreInTheApp(dir.resolve("none"), Preferences.none());
        JsonNode cli = scoreOnTheCommandLine(dir.resolve("none"));

        assertSame(app, cli);
        assertThat(app.get(0).points(MatchComponent.PREFERENCES)).as("nothing set is not \"10 points\"").isZero();
    }

    @Test
    void withPreferencesEveryPathAgrees() throws Exception {
        Preferences wanted = new Preferences(List.of("Backend Java Developer"), List.of("Berlin"), RemotePreference.REMOTE,
                70_000L, "EUR", List.of("full-time"));
        List<MatchResult> app = scoreInTheApp(dir.resolve("set"), wanted);
        JsonNode cli = scoreOnTheCommandLine(dir.resolve("set"));

        assertSame(app, cli);
    }

    @Test
    void withAFullProfileEveryPathAgreesAndTheProfileChangesTheScore() throws Exception {
        Preferences profile = new Preferences(List.of("Backend Java Developer"), List.of(), RemotePreference.ANY, null, null,
                List.of(), TargetLevel.JUNIOR, List.of("Initech"), List.of("crypto"), new ScoreWeights(70, 10, 10, 10));
        List<MatchResult> app = scoreInTheApp(dir.resolve("profile"), profile, SENIOR_JOB);
        JsonNode cli = scoreOnTheCommandLine(dir.resolve("profile"));
        List<MatchResult> plain = scoreInTheApp(dir.resolve("plain"), Preferences.none(), SENIOR_JOB);

        assertSame(app, cli);
        assertThat(app.get(0).excluded()).isFalse();
        assertThat(app.get(0).explanation().reasons()).contains("-10 points: Senior-level job; you aim for junior level");
        assertThat(app.get(0).score()).as("weights and level change the score").isNotEqualTo(plain.get(0).score());
        assertThat(app.get(0).points(MatchComponent.SKILLS)).isGreaterThan(plain.get(0).points(MatchComponent.SKILLS));
    }

    @Test
    void aJobNamingAnAvoidedWordIsHiddenWithTheReasonOnEveryPath() throws Exception {
        Preferences avoid = new Preferences(List.of(), List.of(), RemotePreference.ANY, null, null, List.of(), TargetLevel.ANY,
                List.of(), List.of("Payment Services"), null);
        List<MatchResult> app = scoreInTheApp(dir.resolve("avoid"), avoid, JOB);
        JsonNode cli = scoreOnTheCommandLine(dir.resolve("avoid"));

        assertSame(app, cli);
        assertThat(app).allSatisfy(result -> {
            assertThat(result.excluded()).isTrue();
            assertThat(result.score()).isZero();
            assertThat(result.explanation().reasons().get(0)).isEqualTo("Hidden: Mentions \u201cpayment services\u201d, a word you avoid");
        });
        assertThat(cli.get("excluded").asBoolean()).isTrue();
    }

    private List<MatchResult> scoreInTheApp(Path dataDir, Preferences preferences) throws Exception {
        return scoreInTheApp(dataDir, preferences, JOB);
    }

    /** Returns the score the alert path computed, then the one the Jobs page shows. */
    private List<MatchResult> scoreInTheApp(Path dataDir, Preferences preferences, String jobText) throws Exception {
        Files.createDirectories(dataDir);
        Path job = Files.writeString(dataDir.resolve("job.txt"), jobText);
        Path resume = Files.writeString(dataDir.resolve("resume.txt"), RESUME);
        List<MatchResult> results = new ArrayList<>();
        try (AppContext context = TestApp.open(dataDir, new CurrentThreadTaskExecutor())) {
            context.profile().save(preferences);
            context.startAutoScoring();
            context.resumeService().importBytes(Files.readAllBytes(resume), "resume.txt", null, "Jane Roe");
            JobPosting stored = context.postings().save(new JobFileReader().read(job));
            context.events().publish(new NewPostingsStored(List.of(stored.id())));
            results.add(context.matching().result(stored.id()).orElseThrow());

            JobsViewModel page = new JobsViewModel(TestApp.services(context).jobs(), context.tasks(), url -> { }, text -> { },
                    Clock.systemUTC());
            page.refresh();
            PostingRow row = page.rows().stream().filter(r -> r.id() == stored.id()).findFirst().orElseThrow();
            results.add(page.score(row));
        }
        return results;
    }

    private static JsonNode scoreOnTheCommandLine(Path dataDir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("--data-dir", dataDir.toString(), "match", "--json",
                "--resume", dataDir.resolve("resume.txt").toString(), "--job", dataDir.resolve("job.txt").toString());
        assertThat(exit).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString()).get(0).get("result");
    }

    private static void assertSame(List<MatchResult> app, JsonNode cli) {
        MatchResult alert = app.get(0);
        MatchResult page = app.get(1);
        assertThat(page.score()).as("Jobs page = alert path").isEqualTo(alert.score());
        assertThat(page.explanation().reasons()).isEqualTo(alert.explanation().reasons());
        assertThat(cli.get("score").asDouble()).as("match CLI = app").isEqualTo(alert.score());
        List<String> cliReasons = new ArrayList<>();
        cli.at("/explanation/reasons").forEach(reason -> cliReasons.add(reason.asText()));
        assertThat(cliReasons).isEqualTo(alert.explanation().reasons());
    }
}
