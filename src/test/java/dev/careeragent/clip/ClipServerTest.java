package dev.careeragent.clip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.store.PostingIngest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clip API over real loopback HTTP, with the real any-page parser and store. */
class ClipServerTest {

    private static final String PAGE_URL = "https://jobs.example.com/openings/42";
    private static final String PAGE = """
            <html><head><title>Senior Java Developer - Acme</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
            "title":"Senior Java Developer","hiringOrganization":{"@type":"Organization","name":"Acme"},
            "jobLocation":{"@type":"Place","address":{"addressLocality":"Berlin","addressCountry":"DE"}},
            "datePosted":"2026-03-01","description":"<p>Java 17, Spring Boot, PostgreSQL and Kubernetes.</p>"}</script>
            </head><body><h1>Senior Java Developer</h1></body></html>""";

    @TempDir
    Path dir;

    private AppContext context;
    private ClipServer server;
    private ClipToken token;
    private final List<Long> scored = Collections.synchronizedList(new ArrayList<>());
    private final List<JobClipped> notices = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        DataFolder folder = new DataFolder(dir);
        context = new AppContext(folder, Clock.systemUTC(), new SettingsStore(folder.settingsFile()), new RecentErrors(),
                new CurrentThreadTaskExecutor());
        token = new ClipToken(context.agent().vault());
        context.events().subscribe(JobClipped.class, notices::add);
        ClipService clips = new ClipService(context.jobPageParser(), new PostingIngest(context.database(), Clock.systemUTC()),
                posting -> {
                    scored.add(posting.id());
                    return OptionalDouble.of(81);
                }, context.events());
        server = ClipServer.start(0, token, clips, () -> Map.of("postings", context.postings().countActive()),
                ClipServer.DEFAULT_BODY_CAP, 30);
    }

    @AfterEach
    void stop() {
        server.close();
        context.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private HttpResponse<String> post(String body, String tokenValue, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/jobs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (tokenValue != null) {
            b.header(ClipServer.TOKEN_HEADER, tokenValue);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String job(String url) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of("url", url, "html", PAGE));
    }

    @Test
    void theRightTokenStoresAndScoresTheJobAndAnnouncesIt() throws Exception {
        HttpResponse<String> response = post(job(PAGE_URL), token.value(), null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = new ObjectMapper().readTree(response.body());
        long id = body.get("postingId").asLong();
        assertThat(body.get("title").asText()).isEqualTo("Senior Java Developer");
        assertThat(body.get("score").asDouble()).isEqualTo(81);
        assertThat(context.postings().find(id).orElseThrow().company()).isEqualTo("Acme");
        assertThat(scored).containsExactly(id);
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.postingId()).isEqualTo(id));
    }

    @Test
    void aMissingOrWrongTokenGets401AndNothingIsStored() throws Exception {
        HttpResponse<String> none = post(job(PAGE_URL), null, null);
        HttpResponse<String> wrong = post(job(PAGE_URL), token.value() + "x", null);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/api/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(none.statusCode(), wrong.statusCode(), health.statusCode())).containsOnly(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(new ObjectMapper().readTree(wrong.body()).get("error").asText()).contains("token");
        assertThat(context.postings().countActive()).isZero();
        assertThat(scored).isEmpty();
    }

    @Test
    void anotherOriginIsRefusedAndOnlyTheBookmarkletGetsCors() throws Exception {
        HttpResponse<String> foreign = post(job(PAGE_URL), token.value(), "https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(context.postings().countActive()).isZero();

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/api/metrics"))
                .header(ClipServer.TOKEN_HEADER, token.value()).header("Origin", "https://jobs.example.com").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as("pages may not read metrics").isEqualTo(403);

        HttpResponse<String> bookmarklet = post(job(PAGE_URL), token.value(), "https://jobs.example.com");
        assertThat(bookmarklet.statusCode()).isEqualTo(201);
        assertThat(bookmarklet.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://jobs.example.com");

        HttpResponse<String> metricsNoOrigin = http.send(HttpRequest.newBuilder(uri("/api/metrics"))
                .header(ClipServer.TOKEN_HEADER, token.value()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(new ObjectMapper().readTree(metricsNoOrigin.body()).get("postings").asLong()).isEqualTo(1);
    }

    @Test
    void aTenMegabyteBodyGets413() throws Exception {
        String huge = "{\"url\":\"" + PAGE_URL + "\",\"html\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = post(huge, token.value(), null);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(new ObjectMapper().readTree(response.body()).get("error").asText()).contains("larger than 10 MB");
        assertThat(context.postings().countActive()).isZero();
    }

    @Test
    void aFloodGets429AndTheAppKeepsWorking() throws Exception {
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/health"))
                    .header(ClipServer.TOKEN_HEADER, token.value()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(10);
        context.tracker().track(new dev.careeragent.tracker.NewApplication(null, "Acme", "Dev",
                dev.careeragent.tracker.model.ApplicationStatus.APPLIED, null, null, null, null, null, null, null, null));
        assertThat(context.tracker().count()).as("the app keeps working").isEqualTo(1);
    }

    @Test
    void unknownPathsAreJson404sAndNoFileIsServed() throws Exception {
        for (String path : List.of("/", "/index.html", "/api/../settings.json", "/api/jobs/../../career-agent.db")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).header(ClipServer.TOKEN_HEADER, token.value())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(new ObjectMapper().readTree(r.body()).get("error").asText()).startsWith("No such endpoint");
        }
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    try (Socket socket = new Socket()) {
                        boolean connected;
                        try {
                            socket.connect(new java.net.InetSocketAddress(address, server.address().getPort()), 500);
                            connected = true;
                        } catch (java.io.IOException refused) {
                            connected = false;
                        }
                        assertThat(connected).as("reachable on " + address).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void theBookmarkletPostsThePageWithTheToken() {
        String link = ClipServer.bookmarklet(4711, "tok-123");
        String decoded = java.net.URLDecoder.decode(link.substring("javascript:".length()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(link).startsWith("javascript:").doesNotContain(" ");
        assertThat(decoded).contains("http://127.0.0.1:4711/api/jobs", "tok-123", "location.href", "outerHTML");
    }
}
