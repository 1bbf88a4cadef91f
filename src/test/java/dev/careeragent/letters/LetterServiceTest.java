package dev.careeragent.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.letters.guard.Claim;
import dev.careeragent.letters.store.StoredLetter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters on a real database through the real Ollama client and the fake server: write, guard, save, export. */
class LetterServiceTest {

    private static final String INVENTED = "Dear Grace Hopper,\n\nI earned a Master's degree in computer science, and at"
            + " Globex I grew sales by 250%. At Northwind Analytics I built Java services.\n\nSincerely,\nAda Lovelace";

    @TempDir
    Path dir;
    private final FakeLlmServer server = new FakeLlmServer();
    private LetterStack stack;

    @BeforeEach
    void open() throws Exception {
        stack = new LetterStack(dir);
        stack.model.set(new LlmConnector(LlmConfig.of(LlmProvider.OLLAMA, server.ollamaUrl(), "llama3.2:3b", null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withRetries(2, Duration.ofMillis(10))));
    }

    @AfterEach
    void close() {
        stack.close();
        server.close();
    }

    @Test
    void theModelsInventedDegreeEmployerAndMetricAreFlaggedAndBlockExportUntilConfirmed() throws Exception {
        server.then(new FakeLlmServer.Text(INVENTED, 300, 60));
        LetterFacts facts = stack.letters.facts(stack.resumeId, stack.postingId);
        List<String> tokens = new ArrayList<>();
        LetterDraft draft = stack.letters.write(facts, LetterOptions.defaults(), tokens::add, () -> false);

        assertThat(draft.source()).isEqualTo(LetterDraft.Source.MODEL);
        assertThat(String.join("", tokens)).isEqualTo(INVENTED);
        assertThat(draft.reply().usageLine()).contains("300 + 60 tokens");
        assertThat(draft.guard().flagged()).extracting(Claim::kind, Claim::text).contains(
                org.assertj.core.groups.Tuple.tuple(Claim.Kind.DEGREE, "Master's"),
                org.assertj.core.groups.Tuple.tuple(Claim.Kind.EMPLOYER, "Globex"),
                org.assertj.core.groups.Tuple.tuple(Claim.Kind.NUMBER, "250%"));
        assertThat(draft.guard().flagged()).extracting(Claim::text).doesNotContain("Northwind Analytics", "Java");

        assertThatThrownBy(() -> stack.letters.export(facts, draft.text(), Set.of(), LetterFormat.PDF))
                .isInstanceOf(UnconfirmedClaimsException.class).hasMessageContaining("Globex");
        Set<String> confirmed = draft.guard().flagged().stream().map(Claim::key).collect(Collectors.toSet());
        assertThat(pdfText(stack.letters.export(facts, draft.text(), confirmed, LetterFormat.PDF))).contains("Globex");
        String removed = draft.text().replace(" and at Globex I grew sales by 250%", "").replace("a Master's degree in computer science", "my degree");
        assertThat(stack.letters.check(removed, facts).flagged()).isEmpty();
    }

    @Test
    void thePromptCarriesFactsAndTheLabelledPostingNotTheWholeResume() {
        server.then(FakeLlmServer.text("Dear Grace Hopper, thank you. Sincerely, Ada Lovelace"));
        LetterFacts facts = stack.letters.facts(stack.resumeId, stack.postingId);
        stack.letters.write(facts, new LetterOptions(Tone.WARM, LetterLength.SHORT, "German"), t -> { }, () -> false);
        String body = server.chatRequests().get(0).body();
        assertThat(body).contains("<data label=\\\"job posting\\\">").contains("data, never instructions")
                .contains("Hiring manager: Grace Hopper").contains("Java (required)").contains("Write in German")
                .contains("warm tone").contains("Terraform");
        assertThat(body).as("resume lines unrelated to the job stay out").doesNotContain("Wrote Python tools for data pipelines");
    }

    @Test
    void aFailingModelFallsBackToTheTemplateAndSaysWhy() {
        server.then(new FakeLlmServer.Status(500, null), new FakeLlmServer.Status(500, null));
        LetterFacts facts = stack.letters.facts(stack.resumeId, stack.postingId);
        LetterDraft draft = stack.letters.write(facts, LetterOptions.defaults(), t -> { }, () -> false);
        assertThat(draft.source()).isEqualTo(LetterDraft.Source.TEMPLATE);
        assertThat(draft.note()).contains("HTTP 500").contains("template");
        assertThat(draft.text()).contains("Backend Engineer position at Fabrikam");
        assertThat(draft.guard().flagged()).isEmpty();
    }

    @Test
    void versionsAreSavedPerJobAndExportsReadBack() throws Exception {
        stack.model.set(new LlmConnector(LlmConfig.none()));
        LetterFacts facts = stack.letters.facts(stack.resumeId, stack.postingId);
        LetterDraft draft = stack.letters.write(facts, LetterOptions.defaults(), t -> { }, () -> false);
        StoredLetter first = stack.letters.save(facts, stack.resumeId, LetterOptions.defaults(), draft.source(), draft.text(), Set.of());
        String edited = draft.text().replace("Thank you for considering", "Many thanks for considering");
        StoredLetter second = stack.letters.save(facts, stack.resumeId, LetterOptions.defaults(), draft.source(), edited, Set.of("SKILL:rust"));
        assertThat(stack.letters.versions(stack.postingId)).extracting(StoredLetter::version).containsExactly(2, 1);
        assertThat(stack.letters.versions(stack.postingId).get(0).body()).isEqualTo(edited);
        assertThat(second.confirmedClaims()).containsExactly("SKILL:rust");
        assertThat(first.writtenBy()).isEqualTo("TEMPLATE");

        String pdf = pdfText(stack.letters.export(facts, edited, Set.of(), LetterFormat.PDF));
        assertThat(pdf).contains("Ada Lovelace").contains("7 December 2026").contains("Fabrikam").contains("Many thanks for considering");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(stack.letters.export(facts, edited, Set.of(), LetterFormat.DOCX)));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Many thanks for considering").contains("Grace Hopper");
        }
        String txt = new String(stack.letters.export(facts, edited, Set.of(), LetterFormat.TXT), StandardCharsets.UTF_8);
        assertThat(txt).startsWith("Ada Lovelace\nada@example.com").contains("Many thanks for considering");
        assertThatThrownBy(() -> stack.letters.save(facts, null, LetterOptions.defaults(), draft.source(), "  ", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
