package dev.careeragent.ai.http;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP client under the langchain4j chat models: connect timeout, a read timeout that also covers a stream
 * going quiet half-way, retries with backoff on 429/5xx honouring Retry-After, and cancellation through the
 * thread's {@link CallScope}. Streams are read on the calling thread, so a call ends when its task ends.
 */
public final class ResilientHttpClient implements HttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientHttpClient.class);
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "llm-stream-watch");
        t.setDaemon(true);
        return t;
    });

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final RetryPolicy retry;

    public ResilientHttpClient(Duration connectTimeout, Duration readTimeout, RetryPolicy retry) {
        this.http = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        this.readTimeout = readTimeout;
        this.retry = retry;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        CallScope scope = CallScope.current();
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), scope);
            scope.addServerNanos(System.nanoTime() - start);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return SuccessfulHttpResponse.builder().statusCode(status).headers(response.headers().map())
                        .body(response.body()).build();
            }
            Optional<Duration> wait = retry.delayAfter(attempt, status, retryAfter(response.headers()));
            if (wait.isEmpty()) {
                throw new LlmHttpException(status, response.body(), retryAfter(response.headers()));
            }
            pause(wait.get(), status, attempt, scope);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        CallScope scope = CallScope.current();
        try {
            for (int attempt = 1; ; attempt++) {
                long start = System.nanoTime();
                HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream(), scope);
                int status = response.statusCode();
                if (status / 100 != 2) {
                    String body;
                    try (InputStream in = response.body()) {
                        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    scope.addServerNanos(System.nanoTime() - start);
                    Optional<Duration> wait = retry.delayAfter(attempt, status, retryAfter(response.headers()));
                    if (wait.isEmpty()) {
                        listener.onError(new LlmHttpException(status, body, retryAfter(response.headers())));
                        return;
                    }
                    pause(wait.get(), status, attempt, scope);
                    continue;
                }
                listener.onOpen(SuccessfulHttpResponse.builder().statusCode(status).headers(response.headers().map()).build());
                try (WatchedInputStream in = new WatchedInputStream(response.body(), readTimeout, scope, WATCHER)) {
                    parser.parse(in, listener);
                } finally {
                    scope.addServerNanos(System.nanoTime() - start);
                }
                listener.onClose();
                return;
            }
        } catch (RuntimeException | IOException e) {
            listener.onError(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body, CallScope scope) {
        if (scope.cancelled()) {
            throw new CancelledCallException();
        }
        scope.attempted();
        java.net.http.HttpRequest.Builder jdk = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout);
        request.headers().forEach((name, values) -> values.forEach(v -> {
            if (!"content-length".equalsIgnoreCase(name) && !"host".equalsIgnoreCase(name)) {
                jdk.header(name, v);
            }
        }));
        switch (request.method()) {
            case GET -> jdk.GET();
            case DELETE -> jdk.DELETE();
            case POST -> jdk.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                    request.body() == null ? "" : request.body(), StandardCharsets.UTF_8));
        }
        try {
            return http.send(jdk.build(), body);
        } catch (HttpTimeoutException e) {
            throw new dev.langchain4j.exception.TimeoutException(e);
        } catch (IOException e) {
            throw new UnreachableException(request.url(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledCallException();
        }
    }

    private static void pause(Duration wait, int status, int attempt, CallScope scope) {
        String note = "HTTP " + status + ", waited " + String.format(java.util.Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0)
                + " before attempt " + (attempt + 1);
        LOG.info("LLM server answered {}", note);
        scope.retried(note);
        long until = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < until) {
                if (scope.cancelled()) {
                    throw new CancelledCallException();
                }
                Thread.sleep(Math.max(1, Math.min(50, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledCallException();
        }
    }

    private static String retryAfter(HttpHeaders headers) {
        return headers.firstValue("retry-after").orElse(null);
    }

    /** A non-2xx answer that was not (or no longer) retried; keeps Retry-After for the user message. */
    public static final class LlmHttpException extends HttpException {
        private static final long serialVersionUID = 1L;
        private final String retryAfter;

        LlmHttpException(int status, String body, String retryAfter) {
            super(status, body);
            this.retryAfter = retryAfter;
        }

        public Optional<String> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** The user cancelled before or during the call. */
    public static final class CancelledCallException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledCallException() {
            super("cancelled");
        }
    }

    /** No connection to the server (refused, unknown host, reset). */
    public static final class UnreachableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreachableException(String url, IOException cause) {
            super("cannot reach " + URI.create(url).getHost() + ":" + URI.create(url).getPort() + " ("
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")", cause);
        }
    }

    /** True when {@code error}, or one of its causes, is the user's cancel. */
    public static boolean isCancel(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CancelledCallException
                    || t instanceof WatchedInputStream.StoppedStreamException s && s.reason() == WatchedInputStream.Stop.CANCELLED) {
                return true;
            }
        }
        return false;
    }

    /** True when the stream was closed because the server went quiet for the read timeout. */
    public static boolean isIdle(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WatchedInputStream.StoppedStreamException s && s.reason() == WatchedInputStream.Stop.IDLE) {
                return true;
            }
        }
        return false;
    }
}
