package dev.careeragent.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.clip.ClipSettings;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.ui.TestApp;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings -> Browser clip on a real data folder: the bookmarklet, the token and the server the app context starts. */
class ClipSettingsViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private final List<String> copied = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void open() {
        context = TestApp.open(dir, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> health(int port, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .header("X-Career-Agent-Token", token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBookmarkletCarriesThePortAndTheTokenWhichIsShownMasked() {
        ClipSettingsViewModel model = new ClipSettingsViewModel(context.clipApi(), context.settings(), context.tasks(), copied::add);
        String token = context.clipToken().value();

        String script = URLDecoder.decode(model.bookmarkletProperty().get(), StandardCharsets.UTF_8);
        assertThat(script).startsWith("javascript:").contains("http://127.0.0.1:" + ClipSettings.DEFAULT_PORT + "/api/jobs",
                token);
        assertThat(model.portProperty().get()).isEqualTo(Integer.toString(ClipSettings.DEFAULT_PORT));
        assertThat(model.maskedTokenProperty().get()).doesNotContain(token).endsWith(token.substring(token.length() - 4));

        model.copyToken();
        model.copyBookmarklet();
        assertThat(copied).containsExactly(token, model.bookmarkletProperty().get());
    }

    @Test
    void applyingAPortSavesItRestartsTheServerThereAndTheBookmarkletFollows() throws Exception {
        ClipSettingsViewModel model = new ClipSettingsViewModel(context.clipApi(), context.settings(), context.tasks(), copied::add);
        int port = freePort();
        model.portProperty().set(Integer.toString(port));

        model.save();

        assertThat(context.settings().get(ClipSettings.KEY).port()).isEqualTo(port);
        assertThat(URLDecoder.decode(model.bookmarkletProperty().get(), StandardCharsets.UTF_8)).contains("127.0.0.1:" + port);
        assertThat(model.statusProperty().get()).isEqualTo("Listening on http://127.0.0.1:" + port + ".");
        HttpResponse<String> ok = health(port, context.clipToken().value());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"ok\"");
        assertThat(health(port, "wrong").statusCode()).isEqualTo(401);

        model.enabledProperty().set(false);
        model.save();

        assertThat(model.statusProperty().get()).isEqualTo("Off.");
        try (ServerSocket free = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(free.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aBadPortIsExplainedAndNothingIsSaved() {
        ClipSettingsViewModel model = new ClipSettingsViewModel(context.clipApi(), context.settings(), context.tasks(), copied::add);
        model.portProperty().set("80");

        model.save();

        assertThat(model.statusProperty().get()).contains("between 1024 and 65535");
        assertThat(context.settings().get(ClipSettings.KEY).port()).isEqualTo(ClipSettings.DEFAULT_PORT);
    }

    @Test
    void theAppContextStartsTheServerAtTheSettingsPortAnswersHealthAndStopsItOnClose() throws Exception {
        int port = freePort();
        context.settings().put(ClipSettings.KEY, new ClipSettings(true, port));

        assertThat(context.clipApi().start()).hasValueSatisfying(address -> {
            assertThat(address.getAddress().isLoopbackAddress()).isTrue();
            assertThat(address.getPort()).isEqualTo(port);
        });
        assertThat(health(port, context.clipToken().value()).statusCode()).isEqualTo(200);

        context.close();

        assertThat(context.clipApi().status()).isEqualTo("Stopped.");
        try (ServerSocket free = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(free.getLocalPort()).isEqualTo(port);
        }
        context = TestApp.open(dir.resolve("again"), new CurrentThreadTaskExecutor());
    }

    @Test
    void aTakenPortIsReportedAndTheAppKeepsGoing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            context.settings().put(ClipSettings.KEY, new ClipSettings(true, taken.getLocalPort()));

            assertThat(context.clipApi().start()).isEmpty();

            assertThat(context.clipApi().status()).contains("Could not listen on 127.0.0.1:" + taken.getLocalPort(),
                    "Choose another port");
        }
    }
}
