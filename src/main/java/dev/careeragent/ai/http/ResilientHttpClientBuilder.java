package dev.careeragent.ai.http;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/** Hands {@link ResilientHttpClient} to the langchain4j model builders. */
public final class ResilientHttpClientBuilder implements HttpClientBuilder {

    private final RetryPolicy retry;
    private Duration connectTimeout;
    private Duration readTimeout;

    public ResilientHttpClientBuilder(Duration connectTimeout, Duration readTimeout, RetryPolicy retry) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.retry = retry;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The model builders pass their own timeout here; ours were set first and win. */
    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        return this;
    }

    @Override
    public HttpClient build() {
        return new ResilientHttpClient(connectTimeout, readTimeout, retry);
    }
}
