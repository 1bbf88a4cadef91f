package dev.careeragent.sources.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain HTTP for public JSON APIs and simple pages: timeouts, gzip, redirects, an honest user agent
 * and an optional http(s) proxy. One request per call; wrap it in a {@link PoliteFetcher}.
 */
public final class HttpFetcher implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private final HttpClient client;
    private final Duration timeout;
    private final String userAgent;

    public HttpFetcher(Duration timeout, ProxySettings proxy, String userAgent) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (proxy != null) {
            if (proxy.scheme().equals("socks5")) {
                throw new IllegalArgumentException("Job APIs cannot use a SOCKS proxy (" + proxy.server()
                        + "); set an http:// proxy in Settings, or none.");
            }
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port())));
            if (proxy.hasCredentials()) {
                builder.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        String secret = proxy.password() == null ? "" : proxy.password();
                        return new PasswordAuthentication(proxy.username(), secret.toCharArray());
                    }
                });
            }
        }
        this.client = builder.build();
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    /** 30 s timeouts, no proxy, the app's own user agent. */
    public static HttpFetcher standard(ProxySettings proxy) {
        return new HttpFetcher(Duration.ofSeconds(30), proxy, UserAgents.api());
    }

    @Override
    public FetchedPage load(URI url) throws IOException {
        return get(url, "application/json, text/html;q=0.9, */*;q=0.5");
    }

    @Override
    public FetchedPage fetchRobots(URI robotsUrl) throws IOException {
        return get(robotsUrl, "text/plain, */*;q=0.5");
    }

    private FetchedPage get(URI url, String accept) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<String, String> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        String body = decode(response.body(), headers);
        LOG.debug("GET {} -> {} in {} ms ({} bytes)", LogSafe.url(url), response.statusCode(), elapsed.toMillis(),
                response.body().length);
        return new FetchedPage(url, response.uri(), response.statusCode(), headers, body, elapsed);
    }

    private static String decode(byte[] raw, Map<String, String> headers) throws IOException {
        byte[] bytes = raw;
        String encoding = header(headers, "content-encoding");
        if (encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip") && raw.length > 0) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, charset(header(headers, "content-type")));
    }

    private static Charset charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (matcher.find()) {
            try {
                return Charset.forName(matcher.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }
}
