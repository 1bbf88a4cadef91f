package dev.careeragent.ai;

import dev.careeragent.ai.http.ResilientHttpClientBuilder;
import dev.careeragent.ai.http.RetryPolicy;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Clock;

/** Builds the langchain4j chat models for a configuration, all on {@link dev.careeragent.ai.http.ResilientHttpClient}. */
final class ChatModels {

    private ChatModels() {
    }

    private static ResilientHttpClientBuilder http(LlmConfig config) {
        return new ResilientHttpClientBuilder(config.connectTimeout(), config.readTimeout(),
                new RetryPolicy(config.maxAttempts(), config.firstBackoff(), Clock.systemUTC()));
    }

    static ChatModel chat(LlmConfig config) {
        requireEnabled(config);
        if (config.provider().speaksOpenAi()) {
            OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder().httpClientBuilder(http(config))
                    .baseUrl(config.baseUrl()).apiKey(key(config)).modelName(config.model()).maxRetries(0)
                    .timeout(config.readTimeout());
            if (config.provider() == LlmProvider.OPENAI) {
                b.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true);
            }
            return b.build();
        }
        return OllamaChatModel.builder().httpClientBuilder(http(config)).baseUrl(config.baseUrl())
                .modelName(config.model()).timeout(config.readTimeout()).maxRetries(0).build();
    }

    static StreamingChatModel streaming(LlmConfig config) {
        requireEnabled(config);
        if (config.provider().speaksOpenAi()) {
            return OpenAiStreamingChatModel.builder().httpClientBuilder(http(config)).baseUrl(config.baseUrl())
                    .apiKey(key(config)).modelName(config.model()).timeout(config.readTimeout()).build();
        }
        return OllamaStreamingChatModel.builder().httpClientBuilder(http(config)).baseUrl(config.baseUrl())
                .modelName(config.model()).timeout(config.readTimeout()).build();
    }

    /** OpenAI-compatible local servers accept any key; the OpenAI client insists on one. */
    private static String key(LlmConfig config) {
        return config.apiKey() == null || config.apiKey().isBlank() ? "not-needed" : config.apiKey();
    }

    private static void requireEnabled(LlmConfig config) {
        if (!config.enabled()) {
            throw new LlmException(LlmException.Kind.NOT_CONFIGURED, "No language model is set up (Settings -> AI).");
        }
        if (config.model().isBlank()) {
            throw new LlmException(LlmException.Kind.NOT_CONFIGURED, "Choose a model in Settings -> AI.");
        }
    }
}
