package dev.careeragent.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** OpenAI's /v1/chat/completions: a completion object, or SSE chunks, a usage chunk and {@code data: [DONE]}. */
final class OpenAiProtocol implements Protocol {

    private final ObjectMapper json;
    private final String model;

    OpenAiProtocol(ObjectMapper json, String model) {
        this.json = json;
        this.model = model;
    }

    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private ObjectNode base(String object) {
        return json.createObjectNode().put("id", "chatcmpl-1").put("object", object).put("created", 1_765_000_000L)
                .put("model", model);
    }

    @Override
    public String textWhole(FakeLlmServer.Text text) {
        ObjectNode n = base("chat.completion");
        ObjectNode choice = n.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text.content());
        usage(n, text.inputTokens(), text.outputTokens());
        return n.toString();
    }

    @Override
    public String toolCallWhole(FakeLlmServer.ToolCall call) {
        ObjectNode n = base("chat.completion");
        ObjectNode choice = n.putArray("choices").addObject().put("index", 0).put("finish_reason", "tool_calls");
        ObjectNode message = choice.putObject("message").put("role", "assistant").putNull("content");
        message.putArray("tool_calls").addObject().put("id", "call_1").put("type", "function")
                .putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
        usage(n, 5, 5);
        return n.toString();
    }

    private static void usage(ObjectNode n, int in, int out) {
        n.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out).put("total_tokens", in + out);
    }

    private static String event(ObjectNode n) {
        return "data: " + n + "\n\n";
    }

    @Override
    public String tokenChunk(String token) {
        ObjectNode n = base("chat.completion.chunk");
        ObjectNode choice = n.putArray("choices").addObject().put("index", 0).putNull("finish_reason");
        choice.putObject("delta").put("content", token);
        return event(n);
    }

    @Override
    public String toolCallChunk(FakeLlmServer.ToolCall call) {
        ObjectNode n = base("chat.completion.chunk");
        ObjectNode choice = n.putArray("choices").addObject().put("index", 0).putNull("finish_reason");
        choice.putObject("delta").put("role", "assistant").putArray("tool_calls").addObject().put("index", 0)
                .put("id", "call_1").put("type", "function")
                .putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
        return event(n);
    }

    @Override
    public List<String> end(int inputTokens, int outputTokens, boolean toolCalls) {
        ObjectNode last = base("chat.completion.chunk");
        last.putArray("choices").addObject().put("index", 0).put("finish_reason", toolCalls ? "tool_calls" : "stop")
                .putObject("delta");
        ObjectNode usage = base("chat.completion.chunk");
        usage.putArray("choices");
        usage(usage, inputTokens, outputTokens);
        return List.of(event(last), event(usage), "data: [DONE]\n\n");
    }
}
