package dev.careeragent.bench;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.LlmPrompt;
import dev.careeragent.ai.LlmProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The connector's cost per call beyond the server's own time: a chat through the connector and the langchain4j
 * client against the local fake server, next to the same request sent with a bare JDK HTTP client (the
 * server's own time plus loopback). The difference is the overhead (target under 20 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConnectorOverheadBenchmark {

    @Param({"OLLAMA", "OPENAI"})
    public LlmProvider provider;

    private FakeLlmServer server;
    private LlmConnector connector;
    private HttpClient http;
    private HttpRequest raw;
    private final LlmPrompt prompt = new LlmPrompt("You write short answers.", "Say hello.");

    @Setup(Level.Trial)
    public void start() {
        server = new FakeLlmServer();
        String base = provider == LlmProvider.OLLAMA ? server.ollamaUrl() : server.openAiUrl();
        connector = new LlmConnector(LlmConfig.of(provider, base, "gpt-4o-mini", "sk-test"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String path = provider == LlmProvider.OLLAMA ? "/api/chat" : "/chat/completions";
        raw = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-4o-mini\",\"stream\":false,\"messages\":"
                        + "[{\"role\":\"user\",\"content\":\"Say hello.\"}]}")).build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public String connectorChat() {
        return connector.chat(prompt, () -> false).text();
    }

    @Benchmark
    public String bareHttpPost() throws Exception {
        return http.send(raw, HttpResponse.BodyHandlers.ofString()).body();
    }
}
