package dev.careeragent.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Structured output through the real clients: schema sent, answer validated, one retry with the error, then rules. */
class StructuredCallsTest {

    /** The answer shape under test. */
    public record Advice(String verb, List<String> keywords) {
    }

    private static final OutputSchema SCHEMA = OutputSchema.named("advice")
            .field("verb", OutputSchema.Type.STRING, "a strong verb")
            .field("keywords", OutputSchema.Type.STRING_LIST, "keywords").build();
    private static final Advice RULES = new Advice("Led", List.of("rules"));
    private static final LlmPrompt PROMPT = new LlmPrompt("Give advice.", "Bullet: did stuff");

    private final FakeLlmServer server = new FakeLlmServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private Structured<Advice> call(LlmProvider provider) {
        String base = provider == LlmProvider.OLLAMA ? server.ollamaUrl() : server.openAiUrl();
        LlmConnector connector = new LlmConnector(LlmConfig.of(provider, base, "m", null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withRetries(1, Duration.ofMillis(10)));
        return new StructuredCalls(connector).call(PROMPT, SCHEMA, Advice.class, StructuredCallsTest::validate, () -> RULES, () -> false);
    }

    private static List<String> validate(Advice a) {
        List<String> problems = new ArrayList<>();
        if (a.verb() == null || a.verb().isBlank()) {
            problems.add("verb is empty");
        }
        if (a.keywords() == null) {
            problems.add("keywords missing");
        }
        return problems;
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI", "OPENAI_COMPATIBLE"})
    void aValidAnswerIsUsedAndTheSchemaTravelsWithTheRequest(LlmProvider provider) {
        server.then(FakeLlmServer.text("{\"verb\": \"Built\", \"keywords\": [\"Java\"]}"));
        Structured<Advice> result = call(provider);
        assertThat(result.source()).isEqualTo(Structured.Source.MODEL);
        assertThat(result.value()).isEqualTo(new Advice("Built", List.of("Java")));
        String body = server.chatRequests().get(0).body();
        switch (provider) {
            case OLLAMA -> assertThat(body).contains("\"format\"").contains("\"keywords\"");
            case OPENAI -> assertThat(body).contains("json_schema").contains("\"advice\"");
            default -> assertThat(body).contains("json_object");
        }
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void anInvalidAnswerIsSentBackOnceWithTheProblem(LlmProvider provider) {
        server.then(FakeLlmServer.text("{\"verb\": \"\", \"keywords\": []}"),
                FakeLlmServer.text("```json\n{\"verb\": \"Shipped\", \"keywords\": []}\n```"));
        Structured<Advice> result = call(provider);
        assertThat(result.source()).isEqualTo(Structured.Source.MODEL_AFTER_RETRY);
        assertThat(result.value().verb()).isEqualTo("Shipped");
        assertThat(server.chatRequests().get(1).body()).contains("previous answer was rejected").contains("verb is empty");
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void twoBadAnswersFallBackToTheRulesAndSaySo(LlmProvider provider) {
        server.then(FakeLlmServer.text("Sure! Here is advice: be bold."), FakeLlmServer.text("{\"verb\": 5,"));
        Structured<Advice> result = call(provider);
        assertThat(result.fromRules()).isTrue();
        assertThat(result.value()).isEqualTo(RULES);
        assertThat(result.note()).contains("invalid twice").contains("built-in rules");
        assertThat(server.chatRequests()).hasSize(2);
    }

    @Test
    void aFailingServerFallsBackToTheRules() {
        server.then(new FakeLlmServer.Status(500, null));
        Structured<Advice> result = call(LlmProvider.OLLAMA);
        assertThat(result.fromRules()).isTrue();
        assertThat(result.note()).contains("HTTP 500").contains("built-in rules");
    }

    @Test
    void withoutAModelTheRulesAnswerAtOnce() {
        Structured<Advice> result = new StructuredCalls(new LlmConnector(LlmConfig.none()))
                .call(PROMPT, SCHEMA, Advice.class, StructuredCallsTest::validate, () -> RULES, () -> false);
        assertThat(result.value()).isEqualTo(RULES);
        assertThat(server.received()).isEmpty();
    }
}
