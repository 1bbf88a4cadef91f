package dev.careeragent.ai;

import java.time.Duration;

/**
 * How to reach a language model: provider, base URL (OpenAI-style ones end in /v1), model, API key (from the
 * vault, never logged), connect and read timeouts, and how many attempts a call gets on 429/5xx answers.
 */
public record LlmConfig(LlmProvider provider, String baseUrl, String model, String apiKey, Duration connectTimeout,
                        Duration readTimeout, int maxAttempts, Duration firstBackoff) {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    public LlmConfig {
        provider = provider == null ? LlmProvider.NONE : provider;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl() : baseUrl.strip().replaceAll("/+$", "");
        model = model == null ? "" : model.strip();
        connectTimeout = connectTimeout == null ? CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? READ_TIMEOUT : readTimeout;
        maxAttempts = Math.max(1, maxAttempts);
        firstBackoff = firstBackoff == null ? Duration.ofMillis(500) : firstBackoff;
    }

    public static LlmConfig none() {
        return of(LlmProvider.NONE, null, null, null);
    }

    /** Default timeouts and three attempts. */
    public static LlmConfig of(LlmProvider provider, String baseUrl, String model, String apiKey) {
        return new LlmConfig(provider, baseUrl, model, apiKey, null, null, 3, null);
    }

    public LlmConfig withTimeouts(Duration connect, Duration read) {
        return new LlmConfig(provider, baseUrl, model, apiKey, connect, read, maxAttempts, firstBackoff);
    }

    public LlmConfig withRetries(int attempts, Duration backoff) {
        return new LlmConfig(provider, baseUrl, model, apiKey, connectTimeout, readTimeout, attempts, backoff);
    }

    public LlmConfig withModel(String name) {
        return new LlmConfig(provider, baseUrl, name, apiKey, connectTimeout, readTimeout, maxAttempts, firstBackoff);
    }

    public boolean enabled() {
        return provider != LlmProvider.NONE;
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return provider.id() + " " + baseUrl + " model=" + model + (apiKey == null ? "" : " key=***");
    }
}
