package dev.careeragent.ai;

import dev.careeragent.ai.http.CallScope;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One configured language model: plain and streamed chat with token counts and cost, cancellable through the
 * caller's task. Calls block the calling thread (run them in a background task); they never hang longer than
 * the read timeout, and every failure becomes an {@link LlmException} with a message for the user.
 */
public final class LlmConnector {

    private final LlmConfig config;
    private volatile ChatModel chat;
    private volatile StreamingChatModel streaming;

    public LlmConnector(LlmConfig config) {
        this.config = config;
    }

    public LlmConfig config() {
        return config;
    }

    public boolean enabled() {
        return config.enabled();
    }

    public LlmReply chat(LlmPrompt prompt, BooleanSupplier cancelled) {
        return chat(request(prompt, null), cancelled);
    }

    LlmReply chat(ChatRequest request, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        try (CallScope scope = CallScope.open(cancelled)) {
            ChatResponse response = chatModel().chat(request);
            return reply(response, response.aiMessage().text(), start);
        } catch (RuntimeException e) {
            throw LlmErrors.translate(e, config);
        }
    }

    /**
     * Streams the answer: each piece goes to {@code tokens} as it arrives (on this thread). When
     * {@code cancelled} turns true the stream is closed within ~25 ms and {@link LlmException.Kind#CANCELLED} is thrown.
     */
    public LlmReply stream(LlmPrompt prompt, Consumer<String> tokens, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        StringBuilder received = new StringBuilder();
        try (CallScope scope = CallScope.open(cancelled)) {
            streamingModel().chat(request(prompt, null), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    if (cancelled.getAsBoolean()) {
                        context.streamingHandle().cancel();
                        return;
                    }
                    received.append(partial.text());
                    tokens.accept(partial.text());
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            throw LlmErrors.translate(e, config);
        }
        if (cancelled.getAsBoolean()) {
            throw new LlmException(LlmException.Kind.CANCELLED, "Cancelled after " + received.length() + " characters.");
        }
        // A stream that ends without a finish reason ([DONE] or "done": true never came) was cut off.
        if (!done.isDone() || !done.isCompletedExceptionally() && done.join().finishReason() == null) {
            throw new LlmException(LlmException.Kind.CUT_OFF, config.provider().label() + " closed the stream before the answer"
                    + " was complete (" + received.length() + " characters arrived). Try again.");
        }
        try {
            ChatResponse response = done.get();
            String text = response.aiMessage() != null && response.aiMessage().text() != null ? response.aiMessage().text()
                    : received.toString();
            return reply(response, text, start);
        } catch (ExecutionException e) {
            throw LlmErrors.translate(e.getCause(), config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.CANCELLED, "Cancelled.");
        }
    }

    ChatRequest request(LlmPrompt prompt, ResponseFormat format) {
        ChatRequest.Builder b = ChatRequest.builder().messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()));
        if (format != null) {
            b.responseFormat(format);
        }
        return b.build();
    }

    LlmReply reply(ChatResponse response, String text, long startNanos) {
        TokenUsage usage = response.tokenUsage();
        Integer in = usage == null ? null : usage.inputTokenCount();
        Integer out = usage == null ? null : usage.outputTokenCount();
        String model = response.modelName() != null ? response.modelName() : config.model();
        Double cost = config.provider() == LlmProvider.OPENAI ? OpenAiPrices.estimate(model, in, out).orElse(null) : null;
        return new LlmReply(text == null ? "" : text, model, in, out, cost, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The blocking model, for AI services with tools. */
    ChatModel chatModel() {
        ChatModel m = chat;
        if (m == null) {
            synchronized (this) {
                if (chat == null) {
                    chat = ChatModels.chat(config);
                }
                m = chat;
            }
        }
        return m;
    }

    StreamingChatModel streamingModel() {
        StreamingChatModel m = streaming;
        if (m == null) {
            synchronized (this) {
                if (streaming == null) {
                    streaming = ChatModels.streaming(config);
                }
                m = streaming;
            }
        }
        return m;
    }
}
