package dev.careeragent.tailor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.letters.LetterFixtures;
import dev.careeragent.letters.LetterStack;
import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.tailor.store.TailoredResumeStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tailoring on a real SQLite file: rules without a model, the model through the fake Ollama server, accept and undo. */
public class TailorServiceTest {

    public static final Resume WEAK = new Resume(new Contact("Ada Lovelace", "ada@example.com", null, "London", List.of()),
            "Backend engineer", null, List.of(new ExperienceEntry("Software Engineer", "Contoso Ltd", "Leeds",
                    ResumeDate.of(2015, 9), ResumeDate.of(2019, 2), false, List.of(
                            "Responsible for maintaining the billing service in Java",
                            "Worked on Postgres schema migrations",
                            "Cut cloud costs by 30% with Kubernetes"))),
            List.of(), List.of("Java", "Kubernetes"), List.of(), List.of(), List.of(), List.of(), List.of());

    @TempDir
    Path dir;
    private final FakeLlmServer server = new FakeLlmServer();
    private LetterStack stack;
    private TailorService tailor;
    private LlmConnector connector = new LlmConnector(LlmConfig.none());
    private long versionId;

    @BeforeEach
    void open() throws Exception {
        stack = new LetterStack(dir);
        versionId = stack.resumes.importBytes(new JsonResumeExporter().export(WEAK).getBytes(StandardCharsets.UTF_8),
                "weak.json", null, "Weak").id();
        tailor = new TailorService(stack.resumes, stack.postings, LetterFixtures.SKILLS, LetterFixtures.GUARD, () -> connector,
                new TailoredResumeStore(stack.database, Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        stack.close();
        server.close();
    }

    private void useModel() {
        connector = new LlmConnector(LlmConfig.of(LlmProvider.OLLAMA, server.ollamaUrl(), "llama3.2:3b", null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)).withRetries(1, Duration.ofMillis(10)));
    }

    @Test
    void withoutAModelTheRulesSuggestVerbsAndTheJobsWordingOnly() {
        Tailoring t = tailor.suggest(versionId, stack.postingId, () -> false);

        assertThat(t.fromModel()).isFalse();
        assertThat(t.note()).contains("built-in rules");
        assertThat(t.suggestions()).extracting(Suggestion::after).containsExactly(
                "Maintained the billing service in Java", "Built PostgreSQL schema migrations");
        assertThat(t.suggestions().get(1).why()).contains("PostgreSQL", "Postgres");
        assertThat(t.suggestions()).extracting(Suggestion::before).doesNotContain("Cut cloud costs by 30% with Kubernetes");
    }

    @Test
    void acceptingMakesANewVersionLinkedToTheJobAndUndoTakesItBack() {
        Tailoring t = tailor.suggest(versionId, stack.postingId, () -> false);
        Resume original = stack.resumes.load(versionId).resume();

        TailoredVersion made = tailor.accept(t, List.of(t.suggestions().get(0)));

        assertThat(made.version().parentId()).isEqualTo(versionId);
        assertThat(made.version().label()).isEqualTo("Weak \u2013 for Backend Engineer at Fabrikam");
        assertThat(stack.resumes.load(made.version().id()).resume().experience().get(0).bullets())
                .containsExactly("Maintained the billing service in Java", "Worked on Postgres schema migrations",
                        "Cut cloud costs by 30% with Kubernetes");
        assertThat(stack.resumes.load(versionId).resume()).isEqualTo(original);
        assertThat(tailor.tailoredFor(stack.postingId)).containsExactly(made.version().id());

        tailor.undo(made);

        assertThat(tailor.tailoredFor(stack.postingId)).isEmpty();
        assertThat(stack.resumes.list()).extracting(VersionInfo::id).doesNotContain(made.version().id()).contains(versionId);
        assertThat(stack.resumes.load(versionId).resume()).isEqualTo(original);
        assertThatThrownBy(() -> tailor.accept(t, List.of())).hasMessageContaining("at least one");
    }

    @Test
    void theModelsRewritesPassTheFabricationGuardOrAreDropped() {
        useModel();
        server.then(FakeLlmServer.text("""
                {"suggestions": [
                  {"bulletId": "E0.0", "rewritten": "Maintained the Java billing service", "why": "A verb first."},
                  {"bulletId": "E0.1", "rewritten": "Led PostgreSQL migrations for 12 million users at Google", "why": "Impact."}
                ]}"""));

        Tailoring t = tailor.suggest(versionId, stack.postingId, () -> false);

        assertThat(t.fromModel()).isTrue();
        assertThat(t.dropped()).isEqualTo(1);
        assertThat(t.note()).contains("1 suggestion was dropped");
        assertThat(t.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.after()).isEqualTo("Maintained the Java billing service");
            assertThat(s.kind()).isEqualTo(Suggestion.Kind.REWRITE);
        });
        assertThat(server.chatRequests().get(0).body()).contains("E0.1: Worked on Postgres schema migrations", "<data label=");
    }

    @Test
    void aModelThatAnswersNonsenseTwiceFallsBackToTheRulesAndSaysSo() {
        useModel();
        server.then(FakeLlmServer.text("Sure! Here are my ideas..."), FakeLlmServer.text("{\"suggestions\": [{\"bulletId\": \"X9\","
                + " \"rewritten\": \"x\", \"why\": \"\"}]}"));

        Tailoring t = tailor.suggest(versionId, stack.postingId, () -> false);

        assertThat(t.fromModel()).isFalse();
        assertThat(t.note()).contains("invalid twice", "built-in rules");
        assertThat(t.suggestions()).hasSize(2);
    }

    @Test
    void wordDiffShowsWhatChanged() {
        assertThat(WordDiff.of("Worked on Postgres schema migrations", "Built PostgreSQL schema migrations"))
                .extracting(WordDiff.Segment::change, WordDiff.Segment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WordDiff.Change.ADDED, "Built PostgreSQL"),
                        org.assertj.core.groups.Tuple.tuple(WordDiff.Change.REMOVED, "Worked on Postgres"),
                        org.assertj.core.groups.Tuple.tuple(WordDiff.Change.SAME, " schema migrations"));
    }
}
