package dev.careeragent.clip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.store.PostingIngest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clip API under hostile clients on raw sockets (the single-instance listener's review, applied here): headers
 * that never end, clients that send one byte at a time, malformed requests. Each ends in a 4xx or a closed
 * connection within the read deadline, and the server keeps answering real requests.
 */
class ClipServerHardeningTest {

    private static final Duration READ_BUDGET = Duration.ofSeconds(1);

    @TempDir
    static Path dir;

    private static AppContext context;
    private static ClipToken token;
    private ClipServer server;

    @BeforeAll
    static void open() {
        DataFolder folder = new DataFolder(dir);
        context = new AppContext(folder, Clock.systemUTC(), new SettingsStore(folder.settingsFile()), new RecentErrors(),
                new CurrentThreadTaskExecutor());
        token = new ClipToken(context.agent().vault());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @BeforeEach
    void start() throws IOException {
        ClipService clips = new ClipService(context.jobPageParser(), new PostingIngest(context.database(), Clock.systemUTC()),
                posting -> OptionalDouble.empty(), context.events());
        server = ClipServer.start(0, token, clips, () -> Map.of("postings", 0), 64 * 1024, 1_000, READ_BUDGET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends {@code request} and returns the status line, or "closed" when the server hung up without one. */
    private String exchange(byte[] request) throws IOException {
        try (Socket socket = connect()) {
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException hungUpWhileSending) {
                return "closed";
            }
            return statusLine(socket.getInputStream());
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed the connection in 10 s", e);
        } catch (IOException reset) {
            return "closed";
        }
        String status = line.toString(StandardCharsets.ISO_8859_1).strip();
        return status.isEmpty() ? "closed" : status;
    }

    private String health() throws IOException {
        return exchange(("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + ClipServer.TOKEN_HEADER + ": " + token.value()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] post(String tokenValue, String contentLength, byte[] body) {
        byte[] head = ("POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n" + ClipServer.TOKEN_HEADER + ": " + tokenValue
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Test
    void aHeaderThatNeverEndsIsCutOffAndTheServerStaysUp() throws IOException {
        byte[] endless = ("GET /api/health HTTP/1.1\r\nX-Long: " + "a".repeat(2_000_000)).getBytes(StandardCharsets.US_ASCII);

        String answer = exchange(endless);

        assertThat(answer).as("a 4xx or a hang-up, never a 2xx or 5xx").matches("closed|HTTP/1\\.1 4\\d\\d.*");
        assertThat(health()).startsWith("HTTP/1.1 200");
    }

    @Test
    void slowClientsAreCutOffAtTheReadDeadlineAndOthersAreServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) { // twice the workers
                Socket socket = connect();
                socket.getOutputStream().write("GET /api/hea".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            long started = System.nanoTime();

            assertThat(health()).startsWith("HTTP/1.1 200");
            for (Socket socket : slow) {
                assertThat(statusLine(socket.getInputStream())).as("the slow request was dropped").isEqualTo("closed");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("every slow client gone within a few deadlines")
                    .isLessThan(READ_BUDGET.multipliedBy(8));
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodySentOneByteAtATimeIsCutOff() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(post(token.value(), "1000", new byte[0]));
            out.flush();
            String answer = null;
            for (int i = 0; i < 40 && answer == null; i++) {
                try {
                    out.write('{');
                    out.flush();
                    Thread.sleep(100);
                } catch (IOException hungUp) {
                    answer = "closed";
                }
            }
            if (answer == null) {
                answer = statusLine(socket.getInputStream());
            }
            assertThat(answer).matches("closed|HTTP/1\\.1 4\\d\\d.*");
        }
        assertThat(health()).startsWith("HTTP/1.1 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GARBAGE\r\n\r\n",
            "GET\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: wrong\r\n\r\n",
            "GET /api/health?token=TOKEN HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET http://evil.example/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nOrigin: https://evil.example\r\n\r\n",
            "GET /api/metrics HTTP/1.1\r\nHost: rebound.evil.example\r\nX-Career-Agent-Token: TOKEN\r\n\r\n",
            "GET /api/metrics HTTP/1.1\r\nHost: 127.0.0.1.evil.example:80\r\nX-Career-Agent-Token: TOKEN\r\n\r\n",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nOrigin: null\r\nContent-Length: 2\r\n\r\n{}",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nContent-Length: abc\r\n\r\n{}",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nContent-Length: -5\r\n\r\n{}",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nContent-Length: 5\r\n\r\n{\"url",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nContent-Length: 12\r\n\r\n[1, 2, 3, 4]",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFF\r\n{}",
            "POST /api/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Career-Agent-Token: TOKEN\r\nContent-Length: 40\r\n\r\n{\"url\":\"javascript:alert(1)\",\"html\":\"x\"}",
    })
    void malformedRequestsGetA4xxAndTheServerKeepsWorking(String request) throws IOException {
        String answer = exchange(request.replace("TOKEN", token.value()).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer).as(request).matches("closed|HTTP/1\\.1 4\\d\\d.*");
        assertThat(health()).startsWith("HTTP/1.1 200");
    }

    @Test
    void deeplyNestedJsonAndManyHeadersAreRefused() throws IOException {
        byte[] nested = ("{\"url\":\"https://a.example/\",\"html\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(exchange(post(token.value(), Integer.toString(nested.length), nested)))
                .matches("closed|HTTP/1\\.1 4\\d\\d.*");

        StringBuilder many = new StringBuilder("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 5_000; i++) {
            many.append("X-").append(i).append(": v\r\n");
        }
        assertThat(exchange(many.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII)))
                .matches("closed|HTTP/1\\.1 4\\d\\d.*");
        assertThat(health()).startsWith("HTTP/1.1 200");
    }

    @Test
    void bytesThatAreNotUtf8InTheBodyGetA4xx() throws IOException {
        byte[] body = {'{', '"', 'u', 'r', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        assertThat(exchange(post(token.value(), Integer.toString(body.length), body))).matches("closed|HTTP/1\\.1 4\\d\\d.*");
        assertThat(health()).startsWith("HTTP/1.1 200");
    }
}
