package dev.careeragent.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A language-model server on 127.0.0.1 that speaks both protocols the app uses: Ollama ({@code /api/chat} with
 * NDJSON streaming and tool calls, {@code /api/tags}) and OpenAI ({@code /v1/chat/completions} with SSE
 * streaming, tool_calls and usage, {@code /v1/models}). Tests script the answers, faults included, and read
 * back what the client sent.
 */
public final class FakeLlmServer implements AutoCloseable {

    /** One scripted answer to a chat request. */
    public sealed interface Reply permits Text, ToolCall, Malformed, Cut, Status, Hang, Slow {
    }

    public record Text(String content, int inputTokens, int outputTokens) implements Reply {
    }

    public record ToolCall(String name, String argumentsJson) implements Reply {
    }

    /** 200 with a body that is not JSON. */
    public record Malformed() implements Reply {
    }

    /** Streams {@code tokens}, then drops the connection before the end marker. */
    public record Cut(List<String> tokens) implements Reply {
    }

    /** An error status, with Retry-After when not null. */
    public record Status(int code, String retryAfter) implements Reply {
    }

    /** Accepts the request and never answers. */
    public record Hang() implements Reply {
    }

    /** Streams {@code tokens} with a pause before each. */
    public record Slow(List<String> tokens, long pauseMillis) implements Reply {
    }

    /** A request the server received. */
    public record Received(String path, String body, String authorization) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-llm");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile List<String> models = List.of("llama3.2:3b", "qwen2.5:7b");
    private volatile int tokensSent;

    public FakeLlmServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String ollamaUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String openAiUrl() {
        return ollamaUrl() + "/v1";
    }

    public FakeLlmServer then(Reply... replies) {
        script.addAll(Arrays.asList(replies));
        return this;
    }

    public FakeLlmServer models(String... names) {
        models = List.of(names);
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> chatRequests() {
        return received.stream().filter(r -> r.path().endsWith("/chat") || r.path().endsWith("/chat/completions")).toList();
    }

    /** Tokens streamed so far (counts pieces of {@link Slow} and {@link Text} streams). */
    public int tokensSent() {
        return tokensSent;
    }

    public static Text text(String content) {
        return new Text(content, 42, content.split("\\s+").length);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(path, body, exchange.getRequestHeaders().getFirst("Authorization")));
        try {
            switch (path) {
                case "/api/tags" -> send(exchange, 200, "application/json", tags());
                case "/v1/models" -> send(exchange, 200, "application/json", modelList());
                case "/api/chat" -> chat(exchange, body, false);
                case "/v1/chat/completions" -> chat(exchange, body, true);
                default -> send(exchange, 404, "text/plain", "no such path " + path);
            }
        } finally {
            exchange.close();
        }
    }

    private void chat(HttpExchange exchange, String body, boolean openAi) throws IOException {
        boolean stream = json.readTree(body).path("stream").asBoolean(!openAi);
        String model = json.readTree(body).path("model").asText("test-model");
        Reply reply = script.isEmpty() ? text("OK") : script.poll();
        Protocol p = openAi ? new OpenAiProtocol(json, model) : new OllamaProtocol(json, model);
        if (reply instanceof Status s) {
            if (s.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", s.retryAfter());
            }
            send(exchange, s.code(), "application/json", "{\"error\":{\"message\":\"scripted " + s.code() + "\"}}");
        } else if (reply instanceof Malformed) {
            send(exchange, 200, "application/json", "{\"model\": \"" + model + "\", \"message\": {oops");
        } else if (reply instanceof Hang) {
            awaitStop();
        } else if (reply instanceof ToolCall t) {
            if (stream) {
                streamed(exchange, p, List.of(p.toolCallChunk(t)), p.end(1, 1, true), 0, false);
            } else {
                send(exchange, 200, "application/json", p.toolCallWhole(t));
            }
        } else if (reply instanceof Text t) {
            if (stream) {
                streamed(exchange, p, pieces(t.content()).stream().map(p::tokenChunk).toList(),
                        p.end(t.inputTokens(), t.outputTokens(), false), 0, false);
            } else {
                send(exchange, 200, "application/json", p.textWhole(t));
            }
        } else if (reply instanceof Cut c) {
            streamed(exchange, p, c.tokens().stream().map(p::tokenChunk).toList(), List.of(), 0, true);
        } else if (reply instanceof Slow s) {
            streamed(exchange, p, s.tokens().stream().map(p::tokenChunk).toList(), p.end(10, s.tokens().size(), false),
                    s.pauseMillis(), false);
        }
    }

    private static List<String> pieces(String content) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\S+\\s*|\\s+").matcher(content);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private void streamed(HttpExchange exchange, Protocol p, List<String> chunks, List<String> end, long pause, boolean cut)
            throws IOException {
        exchange.getResponseHeaders().add("Content-Type", p.streamContentType());
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String chunk : chunks) {
            if (pause > 0 && !sleep(pause)) {
                return;
            }
            out.write(chunk.getBytes(StandardCharsets.UTF_8));
            out.flush();
            tokensSent++;
        }
        if (cut) {
            // Dropping the connection mid-stream: the server closes the socket without the closing chunk.
            throw new IOException("scripted cut");
        }
        for (String e : end) {
            out.write(e.getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private boolean sleep(long millis) {
        try {
            return !stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private String tags() {
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("models");
        models.forEach(m -> list.addObject().put("name", m).put("model", m).put("size", 2_000_000_000L));
        return root.toString();
    }

    private String modelList() {
        ObjectNode root = json.createObjectNode().put("object", "list");
        ArrayNode list = root.putArray("data");
        models.forEach(m -> list.addObject().put("id", m).put("object", "model").put("owned_by", "test"));
        return root.toString();
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
