package dev.careeragent.cli;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.clip.ClipServer;
import dev.careeragent.clip.ClipToken;
import dev.careeragent.core.DataFolder;
import dev.careeragent.clip.ClipSettings;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.security.SecretVaults;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve}: the API without a window, on the port from Settings unless --port says otherwise. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutPortItListensOnThePortFromSettings() throws Exception {
        int free;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        SettingsStore settings = new SettingsStore(new DataFolder(dir).settingsFile());
        settings.put(ClipSettings.KEY, new ClipSettings(true, free));
        StringWriter out = new StringWriter();
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("no desktop");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        Thread serving = new Thread(() -> cli.execute("--data-dir", dir.toString(), "serve"));
        serving.start();
        try {
            waitUntil("serving", Duration.ofSeconds(60), () -> out.toString().contains("Press Ctrl+C")
                    || out.toString().contains("Could not listen"));
            assertThat(out.toString()).contains("http://127.0.0.1:" + free + "/api/health");
        } finally {
            ((ServeCommand) cli.getSubcommands().get("serve").getCommand()).stop.countDown();
            serving.join(20_000);
        }
    }

    @Test
    void servesTheApiWithoutAWindowAndStopsCleanly() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("no desktop");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(cli.execute("--data-dir", dir.toString(), "serve", "--port", "0")));
        serving.start();
        waitUntil("serving", Duration.ofSeconds(60), () -> out.toString().contains("Press Ctrl+C"));
        Matcher port = Pattern.compile("127\\.0\\.0\\.1:(\\d+)/").matcher(out.toString());
        assertThat(port.find()).isTrue();
        assertThat(out.toString()).contains("token show", "kept in");

        String token = new ClipToken(SecretVaults.open(dir, null)).value();
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port.group(1) + "/api/health")).header(ClipServer.TOKEN_HEADER, token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("ok");

        ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
        serve.stop.countDown();
        serving.join(20_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).contains("Stopped.");
        try (java.net.Socket socket = new java.net.Socket()) {
            boolean open;
            try {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(port.group(1))), 500);
                open = true;
            } catch (java.io.IOException e) {
                open = false;
            }
            assertThat(open).as("the port is closed after stopping").isFalse();
        }
    }
}
