package dev.careeragent.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.ai.FakeLlmServer.Cut;
import dev.careeragent.ai.FakeLlmServer.Hang;
import dev.careeragent.ai.FakeLlmServer.Malformed;
import dev.careeragent.ai.FakeLlmServer.Slow;
import dev.careeragent.ai.FakeLlmServer.Status;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real langchain4j Ollama and OpenAI clients, through the connector, against {@link FakeLlmServer}. */
class LlmConnectorTest {

    private final FakeLlmServer server = new FakeLlmServer();
    private static final LlmPrompt PROMPT = new LlmPrompt("You write short answers.", "Say hello.");

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmConnector connector(LlmProvider provider) {
        String base = provider == LlmProvider.OLLAMA ? server.ollamaUrl() : server.openAiUrl();
        String model = provider == LlmProvider.OPENAI ? "gpt-4o-mini" : "llama3.2:3b";
        return new LlmConnector(LlmConfig.of(provider, base, model, "sk-test")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700)).withRetries(3, Duration.ofMillis(10)));
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void plainChatReturnsTextAndTokenCounts(LlmProvider provider) {
        server.then(new FakeLlmServer.Text("Hello there", 12, 2));
        LlmReply reply = connector(provider).chat(PROMPT, () -> false);
        assertThat(reply.text()).isEqualTo("Hello there");
        assertThat(reply.inputTokens()).isEqualTo(12);
        assertThat(reply.outputTokens()).isEqualTo(2);
        assertThat(server.chatRequests().get(0).body()).contains("Say hello.");
        if (provider == LlmProvider.OPENAI) {
            assertThat(reply.estimatedCostUsd()).isCloseTo((12 * 0.15 + 2 * 0.60) / 1e6, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(server.chatRequests().get(0).authorization()).isEqualTo("Bearer sk-test");
        } else {
            assertThat(reply.estimatedCostUsd()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void streamingDeliversTokensInOrderWithUsage(LlmProvider provider) {
        server.then(new FakeLlmServer.Text("Dear hiring team, I am glad", 30, 6));
        List<String> tokens = new ArrayList<>();
        LlmReply reply = connector(provider).stream(PROMPT, tokens::add, () -> false);
        assertThat(String.join("", tokens)).isEqualTo("Dear hiring team, I am glad");
        assertThat(tokens).hasSizeGreaterThan(3);
        assertThat(reply.text()).isEqualTo("Dear hiring team, I am glad");
        assertThat(reply.inputTokens()).isEqualTo(30);
        assertThat(reply.outputTokens()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void rateLimitIsRetriedAfterTheWaitTheServerAsksFor(LlmProvider provider) {
        server.then(new Status(429, "1"), FakeLlmServer.text("after the wait"));
        long start = System.nanoTime();
        LlmReply reply = connector(provider).chat(PROMPT, () -> false);
        assertThat(reply.text()).isEqualTo("after the wait");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(server.chatRequests()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void streamingRetriesA500BeforeTheFirstToken(LlmProvider provider) {
        server.then(new Status(503, null), FakeLlmServer.text("second try"));
        List<String> tokens = new ArrayList<>();
        assertThat(connector(provider).stream(PROMPT, tokens::add, () -> false).text()).isEqualTo("second try");
        assertThat(server.chatRequests()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void serverErrorsStopAfterTheLastAttemptWithAClearMessage(LlmProvider provider) {
        server.then(new Status(500, null), new Status(500, null), new Status(500, null), FakeLlmServer.text("never read"));
        assertThatThrownBy(() -> connector(provider).chat(PROMPT, () -> false))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("HTTP 500");
                });
        assertThat(server.chatRequests()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void aWaitLongerThanThirtySecondsIsReportedNotSlept(LlmProvider provider) {
        server.then(new Status(429, "120"));
        assertThatThrownBy(() -> connector(provider).chat(PROMPT, () -> false))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.RATE_LIMITED);
                    assertThat(e.getMessage()).contains("120");
                });
        assertThat(server.chatRequests()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void malformedJsonIsReportedAsSuch(LlmProvider provider) {
        server.then(new Malformed());
        assertThatThrownBy(() -> connector(provider).chat(PROMPT, () -> false))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.MALFORMED));
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void aStreamCutInTheMiddleFailsAndKeepsWhatArrived(LlmProvider provider) {
        server.then(new Cut(List.of("Dear ", "hiring ", "team")));
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        assertThatThrownBy(() -> connector(provider).stream(PROMPT, tokens::add, () -> false))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.kind())
                        .isIn(LlmException.Kind.CUT_OFF, LlmException.Kind.UNREACHABLE));
        assertThat(String.join("", tokens)).startsWith("Dear");
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void aServerThatNeverAnswersTimesOut(LlmProvider provider) {
        server.then(new Hang());
        long start = System.nanoTime();
        assertThatThrownBy(() -> connector(provider).chat(PROMPT, () -> false))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
                    assertThat(e.getMessage()).contains("did not answer");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void slowTokensAreCancelledMidStreamThroughTheTaskExecutor(LlmProvider provider) throws Exception {
        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add("word" + i + " ");
        }
        server.then(new Slow(twenty, 100));
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        LlmConnector connector = connector(provider);
        try (ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor(1, Runnable::run, e -> { }, Clock.systemUTC())) {
            TaskHandle<LlmReply> handle = tasks.execute(BackgroundTask.of("Writing", task -> connector.stream(PROMPT, tokens::add, task::isCancelled)));
            while (tokens.size() < 3) {
                Thread.sleep(10);
            }
            long cancelledAt = System.nanoTime();
            handle.cancel();
            assertThatThrownBy(() -> handle.result().get(2, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.CANCELLED));
            assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofMillis(500));
        }
        int sent = server.tokensSent();
        Thread.sleep(300);
        assertThat(tokens.size()).isLessThan(10);
        assertThat(server.tokensSent()).as("the server stops writing once the client hung up").isLessThanOrEqualTo(sent + 1);
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void aStreamThatGoesQuietIsClosedAfterTheReadTimeout(LlmProvider provider) {
        server.then(new Slow(List.of("one ", "two "), 1500));
        long start = System.nanoTime();
        assertThatThrownBy(() -> connector(provider).stream(PROMPT, t -> { }, () -> false))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.kind())
                        .isIn(LlmException.Kind.CUT_OFF, LlmException.Kind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1400));
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void modelListAndConnectionTest(LlmProvider provider) {
        server.models("b-model", "a-model");
        LlmConfig config = connector(provider).config();
        assertThat(new ModelCatalog().models(config)).containsExactly("a-model", "b-model");
        ModelCatalog.ConnectionCheck check = new ModelCatalog().test(config);
        assertThat(check.ok()).isTrue();
        assertThat(check.model()).isEqualTo(config.model());
        assertThat(check.message()).contains("Connected to").contains(" ms");
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void connectionTestToANonListeningPortSaysSo(LlmProvider provider) {
        server.close();
        ModelCatalog.ConnectionCheck check = new ModelCatalog().test(connector(provider).config());
        assertThat(check.ok()).isFalse();
        assertThat(check.message()).contains("cannot reach");
    }
}
