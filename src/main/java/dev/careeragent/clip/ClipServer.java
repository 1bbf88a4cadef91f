package dev.careeragent.clip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local API, on the JDK's HTTP server bound to 127.0.0.1 only: POST /api/jobs, GET /api/health, GET /api/metrics.
 * Every request but the CORS preflight needs the token ({@code X-Career-Agent-Token} or {@code Authorization: Bearer}).
 * A request carrying an Origin is accepted only when it is the bookmarklet posting the page it runs on (the Origin
 * is the origin of the posted URL); only that gets CORS headers. Bodies over the cap get 413, floods 429, and every
 * error is JSON. There is no file handler: the server never reads or serves files.
 */
public final class ClipServer implements AutoCloseable {

    public static final long DEFAULT_BODY_CAP = 10L * 1024 * 1024;
    public static final String TOKEN_HEADER = "X-Career-Agent-Token";
    private static final Logger LOG = LoggerFactory.getLogger(ClipServer.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Time a client has to send a whole request (line, headers, body) before the connection is closed. */
    static final Duration READ_BUDGET = Duration.ofSeconds(10);
    private static final int WORKERS = 4;

    private final HttpServer server;
    private final RequestDeadlines workers;
    private final ClipToken token;
    private final ClipService clips;
    private final Supplier<Map<String, Object>> metrics;
    private final long bodyCap;
    private final RateLimiter limiter;

    private ClipServer(HttpServer server, ClipToken token, ClipService clips, Supplier<Map<String, Object>> metrics,
            long bodyCap, int requestsPerMinute, Duration readBudget) {
        this.server = server;
        this.token = token;
        this.clips = clips;
        this.metrics = metrics;
        this.bodyCap = bodyCap;
        this.limiter = RateLimiter.of("clip-api", RateLimiterConfig.custom().limitForPeriod(requestsPerMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());
        this.workers = new RequestDeadlines(WORKERS, readBudget);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /** Starts on 127.0.0.1:{@code port} (0: any free port). */
    public static ClipServer start(int port, ClipToken token, ClipService clips, Supplier<Map<String, Object>> metrics,
            long bodyCap, int requestsPerMinute) throws IOException {
        return start(port, token, clips, metrics, bodyCap, requestsPerMinute, READ_BUDGET);
    }

    static ClipServer start(int port, ClipToken token, ClipService clips, Supplier<Map<String, Object>> metrics,
            long bodyCap, int requestsPerMinute, Duration readBudget) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ClipServer clip = new ClipServer(http, token, clips, metrics, bodyCap, requestsPerMinute, readBudget);
        http.start();
        LOG.info("Clip API listening on {}", http.getAddress());
        return clip;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (!"POST".equals(method)) {
                workers.requestReceived(); // no body to wait for
            }
            if (!loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
                error(ex, 421, "Address this server as 127.0.0.1 or localhost.");
                return;
            }
            if (!limiter.acquirePermission()) {
                error(ex, 429, "Too many requests; try again in a minute.");
                return;
            }
            if ("OPTIONS".equals(method) && "/api/jobs".equals(path) && webOrigin(origin)) {
                preflight(ex, origin);
                return;
            }
            if (!token.matches(presentedToken(ex))) {
                error(ex, 401, "Missing or wrong token. Copy it from Settings > Browser clip, or run `career-agent token show`.");
                return;
            }
            switch (method + " " + path) {
                case "GET /api/health" -> refuseOriginOr(ex, origin, () -> send(ex, 200, Map.of("status", "ok")));
                case "GET /api/metrics" -> refuseOriginOr(ex, origin, () -> send(ex, 200, metrics.get()));
                case "POST /api/jobs" -> postJob(ex, origin);
                default -> error(ex, 404, "No such endpoint: " + method + " " + path);
            }
        } catch (RuntimeException e) {
            LOG.warn("Clip API request failed", e);
        }
    }

    @FunctionalInterface
    private interface Reply {
        void send() throws IOException;
    }

    private static void refuseOriginOr(HttpExchange ex, String origin, Reply reply) throws IOException {
        if (origin != null) {
            error(ex, 403, "Web pages may not read this endpoint.");
        } else {
            reply.send();
        }
    }

    private void postJob(HttpExchange ex, String origin) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        byte[] body = parseLong(length == null ? "-1" : length) > bodyCap ? null : readCapped(ex.getRequestBody());
        if (body == null) {
            drain(ex.getRequestBody());
            workers.requestReceived();
            error(ex, 413, "The page is larger than " + bodyCap / (1024 * 1024) + " MB.");
            return;
        }
        workers.requestReceived();
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            error(ex, 400, "The body must be JSON: {\"url\": \"...\", \"html\": \"...\"}.");
            return;
        }
        String url = request == null ? null : request.path("url").asText(null);
        String html = request == null ? null : request.path("html").asText(null);
        if (url == null || html == null || html.isBlank()) {
            error(ex, 400, "Send the page's url and html.");
            return;
        }
        if (origin != null) {
            if (!origin.equals(originOf(url))) {
                error(ex, 403, "Origin " + origin + " may only clip its own pages.");
                return;
            }
            ex.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            ex.getResponseHeaders().set("Vary", "Origin");
        }
        try {
            JobClipped clipped = clips.clip(url, html);
            send(ex, 201, clipped);
        } catch (RuntimeException | StackOverflowError e) {
            error(ex, 422, "Could not read a job from this page: " + e.getMessage());
        }
    }

    private static void preflight(HttpExchange ex, String origin) throws IOException {
        ex.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
        ex.getResponseHeaders().set("Access-Control-Allow-Methods", "POST");
        ex.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, " + TOKEN_HEADER);
        ex.getResponseHeaders().set("Access-Control-Max-Age", "600");
        ex.getResponseHeaders().set("Vary", "Origin");
        ex.sendResponseHeaders(204, -1);
    }

    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > bodyCap) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads what is left of a refused body, up to a bound, so the client gets the 413 instead of a reset connection. */
    private void drain(InputStream in) throws IOException {
        long left = 2 * bodyCap;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(buffer)) > 0) {
            left -= n;
        }
    }

    private static String presentedToken(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst(TOKEN_HEADER);
        if (header != null) {
            return header.trim();
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
    }

    /**
     * A Host naming another site means the request came through a DNS name that was pointed at 127.0.0.1
     * (DNS rebinding); only loopback names are served. A request without Host (HTTP/1.0) is let through.
     */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return true;
        }
        String name = host.strip().toLowerCase(Locale.ROOT).replaceFirst(":\\d{1,5}$", "");
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static boolean webOrigin(String origin) {
        return origin != null && (origin.startsWith("https://") || origin.startsWith("http://"));
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, Map.of("error", message, "status", status));
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.close();
    }

    /** The bookmarklet: posts the current page's address and HTML to this server with the token. */
    public static String bookmarklet(int port, String token) {
        String js = "(function(){fetch('http://127.0.0.1:" + port + "/api/jobs',{method:'POST',headers:{'Content-Type':"
                + "'application/json','" + TOKEN_HEADER + "':'" + token + "'},body:JSON.stringify({url:location.href,"
                + "html:document.documentElement.outerHTML})}).then(function(r){return r.json()}).then(function(j){"
                + "alert(j.error?'Career Agent: '+j.error:'Career Agent: saved '+j.title)}).catch(function(){"
                + "alert('Career Agent is not running')})})()";
        return "javascript:" + java.net.URLEncoder.encode(js, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
