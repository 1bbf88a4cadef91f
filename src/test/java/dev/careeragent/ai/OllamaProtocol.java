package dev.careeragent.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Ollama's /api/chat: one JSON object, or NDJSON lines ending with {@code "done": true} and the counts. */
final class OllamaProtocol implements Protocol {

    private final ObjectMapper json;
    private final String model;

    OllamaProtocol(ObjectMapper json, String model) {
        this.json = json;
        this.model = model;
    }

    @Override
    public String streamContentType() {
        return "application/x-ndjson";
    }

    private ObjectNode base(boolean done) {
        return json.createObjectNode().put("model", model).put("created_at", "2026-12-07T10:00:00Z").put("done", done);
    }

    @Override
    public String textWhole(FakeLlmServer.Text text) {
        ObjectNode n = base(true).put("done_reason", "stop").put("prompt_eval_count", text.inputTokens())
                .put("eval_count", text.outputTokens());
        n.putObject("message").put("role", "assistant").put("content", text.content());
        return n.toString();
    }

    @Override
    public String toolCallWhole(FakeLlmServer.ToolCall call) {
        ObjectNode n = base(true).put("done_reason", "stop").put("prompt_eval_count", 5).put("eval_count", 5);
        toolMessage(n, call);
        return n.toString();
    }

    private void toolMessage(ObjectNode n, FakeLlmServer.ToolCall call) {
        ObjectNode message = n.putObject("message").put("role", "assistant").put("content", "");
        ObjectNode function = message.putArray("tool_calls").addObject().putObject("function").put("name", call.name());
        try {
            JsonNode args = json.readTree(call.argumentsJson());
            function.set("arguments", args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String tokenChunk(String token) {
        ObjectNode n = base(false);
        n.putObject("message").put("role", "assistant").put("content", token);
        return n + "\n";
    }

    @Override
    public String toolCallChunk(FakeLlmServer.ToolCall call) {
        ObjectNode n = base(false);
        toolMessage(n, call);
        return n + "\n";
    }

    @Override
    public List<String> end(int inputTokens, int outputTokens, boolean toolCalls) {
        ObjectNode n = base(true).put("done_reason", "stop").put("prompt_eval_count", inputTokens).put("eval_count", outputTokens);
        n.putObject("message").put("role", "assistant").put("content", "");
        return List.of(n + "\n");
    }
}
