package dev.careeragent.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.careeragent.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on 127.0.0.1 for fetch tests: serves corpus pages at the real sites' URL paths,
 * a configurable robots.txt, scripted answers (429 then 200, walls), and logs every request with
 * its time so tests can assert politeness. Answers are gzipped when the client accepts it.
 */
public final class LoopbackSite implements AutoCloseable {

    /** One request as the site saw it. */
    public record Hit(String method, String path, String query, Map<String, String> headers, long nanoTime,
            Instant at) {

        public String param(String name) {
            if (query == null) {
                return null;
            }
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One answer. */
    public record Reply(int status, Map<String, String> headers, String body) {

        public static Reply html(String body) {
            return new Reply(200, Map.of("Content-Type", "text/html; charset=utf-8"), body);
        }

        public static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), body);
        }

        public static Reply text(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "text/plain; charset=utf-8"), body);
        }

        public static Reply redirect(String location) {
            return new Reply(302, Map.of("Location", location), "");
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Function<Hit, Reply>> routes = new LinkedHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private volatile Reply robots = Reply.text(200, "User-agent: *\nAllow: /\n");

    private LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static LoopbackSite start() {
        try {
            return new LoopbackSite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public URI url(String pathAndQuery) {
        return onHost("127.0.0.1", pathAndQuery);
    }

    /** The same site under another host name (e.g. "localhost"), which clients treat as another host. */
    public URI onHost(String host, String pathAndQuery) {
        return URI.create("http://" + host + ":" + port() + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
    }

    public void robots(String text) {
        robots = Reply.text(200, text);
    }

    public void robots(Reply reply) {
        robots = reply;
    }

    /** Answers an exact path; a path ending in "/" answers every path below it. */
    public synchronized void serve(String path, Function<Hit, Reply> responder) {
        routes.put(path, responder);
    }

    /** The n-th request to the path gets the n-th reply; the last one repeats. */
    public void script(String path, Reply... replies) {
        AtomicInteger next = new AtomicInteger();
        serve(path, hit -> replies[Math.min(next.getAndIncrement(), replies.length - 1)]);
    }

    /**
     * LinkedIn's guest search API at its real path: {@code start} picks one of the corpus result pages
     * (they rotate), and from {@code totalResults} on the answer is empty, as LinkedIn's is.
     */
    public void serveLinkedInGuestSearch(int totalResults) {
        List<String> pages = linkedInSearchPages();
        serve("/jobs-guest/jobs/api/seeMoreJobPostings/search", hit -> {
            int start = Integer.parseInt(hit.param("start") == null ? "0" : hit.param("start"));
            return start >= totalResults ? Reply.html("") : Reply.html(pages.get(start / 25 % pages.size()));
        });
    }

    /** LinkedIn's public job view page, {@code /jobs/view/<id>}. */
    public void serveLinkedInJobView() {
        String page = read(Corpus.file("jobs/html/linkedin/talynt__linkedin_posting.html"));
        serve("/jobs/view/", hit -> Reply.html(page));
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public List<Hit> hits(String path) {
        return hits.stream().filter(hit -> hit.path().equals(path)).toList();
    }

    public List<Hit> hitsBelow(String prefix) {
        return hits.stream().filter(hit -> hit.path().startsWith(prefix)).toList();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> linkedInSearchPages() {
        Path folder = Corpus.file("jobs/html/linkedin/jobsearchbot__serp_0a14eef36f206088.html").getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("jobsearchbot__serp_.*\\.html"))
                    .sorted().map(LoopbackSite::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
            Hit hit = new Hit(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers,
                    System.nanoTime(), Instant.now());
            hits.add(hit);
            Reply reply = "/robots.txt".equals(hit.path()) ? robots : route(hit);
            send(exchange, hit, reply);
        }
    }

    private synchronized Function<Hit, Reply> responder(String path) {
        Function<Hit, Reply> exact = routes.get(path);
        if (exact != null) {
            return exact;
        }
        return routes.entrySet().stream()
                .filter(route -> route.getKey().endsWith("/") && path.startsWith(route.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(hit -> Reply.text(404, "not found"));
    }

    private Reply route(Hit hit) {
        return responder(hit.path()).apply(hit);
    }

    private static void send(HttpExchange exchange, Hit hit, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        String accepts = hit.header("accept-encoding");
        if (accepts != null && accepts.contains("gzip") && body.length > 0) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (OutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        boolean noBody = body.length == 0 || "HEAD".equals(hit.method());
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Paths of all requests, in order, for assertions. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        hits.forEach(hit -> paths.add(hit.path() + (hit.query() == null ? "" : "?" + hit.query())));
        return paths;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
