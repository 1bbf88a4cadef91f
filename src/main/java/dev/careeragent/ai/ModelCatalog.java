package dev.careeragent.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a server offers and whether it answers: the model list (Ollama {@code /api/tags}, OpenAI {@code /models})
 * and "Test connection" (one tiny chat, with the model that answered and the latency). Call off the UI thread.
 */
public final class ModelCatalog {

    /** The outcome of "Test connection". */
    public record ConnectionCheck(boolean ok, String model, Duration latency, String message) {
    }

    private final ObjectMapper json = new ObjectMapper();

    public List<String> models(LlmConfig config) {
        if (!config.enabled()) {
            return List.of();
        }
        String url = config.provider() == LlmProvider.OLLAMA ? config.baseUrl() + "/api/tags" : config.baseUrl() + "/models";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(config.connectTimeout().plusSeconds(5)).GET();
        if (config.apiKey() != null && !config.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LlmException(response.statusCode() == 401 ? LlmException.Kind.REJECTED : LlmException.Kind.SERVER_ERROR,
                        url + " answered HTTP " + response.statusCode() + (response.statusCode() == 401
                                ? ": the API key was refused." : "."));
            }
            JsonNode root = json.readTree(response.body());
            List<String> names = new ArrayList<>();
            if (config.provider() == LlmProvider.OLLAMA) {
                root.path("models").forEach(m -> names.add(m.path("name").asText()));
            } else {
                root.path("data").forEach(m -> names.add(m.path("id").asText()));
            }
            return names.stream().filter(n -> !n.isBlank()).sorted().toList();
        } catch (IOException | IllegalArgumentException e) {
            throw new LlmException(LlmException.Kind.UNREACHABLE, "Cannot list models at " + url + " (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.CANCELLED, "Cancelled.");
        }
    }

    /** Sends a one-word chat; never throws. */
    public ConnectionCheck test(LlmConfig config) {
        if (!config.enabled()) {
            return new ConnectionCheck(true, "", Duration.ZERO, "No language model: AI features use their built-in rules.");
        }
        try {
            LlmReply reply = new LlmConnector(config).chat(new LlmPrompt("You are a connection test.", "Reply with: OK"), () -> false);
            return new ConnectionCheck(true, reply.model(), reply.elapsed(), "Connected to " + reply.model() + " in "
                    + reply.elapsed().toMillis() + " ms (" + reply.usageLine() + ").");
        } catch (LlmException e) {
            return new ConnectionCheck(false, config.model(), Duration.ZERO, e.getMessage());
        }
    }
}
