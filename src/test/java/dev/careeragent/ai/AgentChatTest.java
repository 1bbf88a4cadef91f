package dev.careeragent.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.ai.FakeLlmServer.ToolCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The assistant's AI service with tools: the real langchain4j Ollama and OpenAI streaming clients against {@link FakeLlmServer}. */
class AgentChatTest {

    private final FakeLlmServer server = new FakeLlmServer();
    private final List<String> searched = new ArrayList<>();
    private final AtomicInteger deletions = new AtomicInteger();
    private final List<AgentTool> tools = List.of(
            AgentTool.reading("search_jobs", "Searches stored jobs", List.of(AgentTool.text("query", "words to find")),
                    args -> {
                        searched.add(args.text("query"));
                        return "1. Kotlin Developer at Contoso (job id 7)";
                    }),
            AgentTool.changing("delete_application", "Deletes an application", List.of(AgentTool.number("application_id", "id")),
                    args -> "Delete application " + args.number("application_id"),
                    args -> {
                        deletions.incrementAndGet();
                        return ToolChange.unchanged("deleted");
                    }));

    @AfterEach
    void stop() {
        server.close();
    }

    private AgentChat chat(LlmProvider provider) {
        String base = provider == LlmProvider.OLLAMA ? server.ollamaUrl() : server.openAiUrl();
        return new AgentChat(new LlmConnector(LlmConfig.of(provider, base, "llama3.2:3b", "sk-test")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)).withRetries(1, Duration.ofMillis(10))));
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void aReadingToolRunsAndItsResultGoesBackToTheModel(LlmProvider provider) {
        server.then(new ToolCall("search_jobs", "{\"query\":\"kotlin\"}"), FakeLlmServer.text("I found one Kotlin job at Contoso."));
        List<String> tokens = new ArrayList<>();
        AgentTurn turn = chat(provider).send("You help with job hunting.", null, "Any Kotlin jobs?", tools, tokens::add, () -> false);
        assertThat(searched).containsExactly("kotlin");
        assertThat(turn.toolsRun()).containsExactly("search_jobs");
        assertThat(turn.text()).isEqualTo("I found one Kotlin job at Contoso.");
        assertThat(String.join("", tokens)).isEqualTo(turn.text());
        assertThat(server.chatRequests()).hasSize(2);
        assertThat(server.chatRequests().get(0).body()).contains("search_jobs", "delete_application", "Any Kotlin jobs?");
        assertThat(server.chatRequests().get(1).body()).contains("Kotlin Developer at Contoso (job id 7)");
        assertThat(turn.memoryJson()).contains("Any Kotlin jobs?", "I found one Kotlin job at Contoso.");
        assertThat(turn.proposals()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void aDataChangingToolIsOnlyProposedNeverRun(LlmProvider provider) {
        server.then(new ToolCall("delete_application", "{\"application_id\": 3}"), FakeLlmServer.text("Please confirm."));
        AgentTurn turn = chat(provider).send("sys", null, "Delete application 3", tools, t -> { }, () -> false);
        assertThat(deletions).hasValue(0);
        assertThat(turn.proposals()).containsExactly(new ProposedAction("delete_application", "{\"application_id\":3}",
                "Delete application 3"));
        assertThat(server.chatRequests().get(1).body()).contains("NOT DONE");
        assertThat(turn.toolsRun()).isEmpty();
    }

    @Test
    void aToolTheAppDoesNotHaveDoesNothing() {
        server.then(new ToolCall("send_email", "{\"to\":\"x@example.com\"}"), FakeLlmServer.text("I cannot send email."));
        AgentTurn turn = chat(LlmProvider.OPENAI).send("sys", null, "Email my resume", tools, t -> { }, () -> false);
        assertThat(turn.toolsRun()).isEmpty();
        assertThat(turn.proposals()).isEmpty();
        assertThat(server.chatRequests().get(1).body()).contains("There is no tool named");
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = {"OLLAMA", "OPENAI"})
    void theMemoryCarriesTheConversationAndAppNotesIntoTheNextTurn(LlmProvider provider) {
        server.then(FakeLlmServer.text("Hello Ada."), FakeLlmServer.text("You are Ada."));
        AgentChat chat = chat(provider);
        AgentTurn first = chat.send("sys", null, "I am Ada.", tools, t -> { }, () -> false);
        String memory = AgentChat.withNote(first.memoryJson(), "The user confirmed: Delete application 3. Result: deleted.");
        chat.send("sys", memory, "Who am I?", tools, t -> { }, () -> false);
        assertThat(server.chatRequests().get(1).body()).contains("I am Ada.", "Hello Ada.", "The user confirmed", "Who am I?");
    }

    @Test
    void withNoModelSetUpItSaysHowToSetOneUp() {
        assertThatThrownBy(() -> new AgentChat(new LlmConnector(LlmConfig.none())).send("sys", null, "hi", tools, t -> { }, () -> false))
                .isInstanceOf(LlmException.class).hasMessageContaining("Settings -> AI");
    }

    @Test
    void aServerErrorBecomesAMessageForTheUser() {
        server.then(new FakeLlmServer.Status(500, null));
        assertThatThrownBy(() -> chat(LlmProvider.OLLAMA).send("sys", null, "hi", tools, t -> { }, () -> false))
                .isInstanceOf(LlmException.class).hasMessageContaining("HTTP 500");
    }
}
