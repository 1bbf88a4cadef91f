package dev.careeragent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.letters.LetterStack;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.letters.LetterView;
import dev.careeragent.ui.letters.LetterViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * FX-thread stall probe (on demand: {@code ./mvnw -o test -Dtest=StreamRenderStallBenchmark}): an AnimationTimer
 * records the longest gap between pulses while 1,500 tokens stream into the letter editor through the real
 * Ollama client, once appending batches to the editor (the app) and once replacing its whole text per batch (the
 * earlier behaviour), after a warm-up stream. Target: no gap over 50 ms.
 */
@ExtendWith(ApplicationExtension.class)
class StreamRenderStallBenchmark {

    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theFxThreadKeepsPulsingWhileALetterStreams(FxRobot robot) throws Exception {
        List<String> tokens = PulseProbe.longText();
        try (FakeLlmServer server = new FakeLlmServer(); LetterStack stack = new LetterStack(Files.createTempDirectory(dir, "db"));
             ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC())) {
            stack.model.set(new LlmConnector(LlmConfig.of(LlmProvider.OLLAMA, server.ollamaUrl(), "m", null)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))));
            LetterViewModel model = new LetterViewModel(stack.letters, stack.resumes::list,
                    () -> List.of(new PostingChoice(stack.postingId, "Backend Engineer", "Fabrikam")), tasks, new FxCallbacks());
            robot.interact(() -> {
                stage.setScene(new Scene(new javafx.scene.layout.StackPane(new LetterView(model, f -> Optional.empty(), t -> { }).node()), 1100, 700));
                stage.show();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.resumeProperty().get() != null && model.jobProperty().get() != null);
            TextArea editor = robot.lookup("#letter-text").queryAs(TextArea.class);
            stream(robot, model, server, tokens); // warm-up (JIT, CSS, fonts)
            // the previous behaviour, for comparison: the whole text replaced on every batch
            model.appendStreamedTextWith(piece -> model.textProperty().set(model.textProperty().get() + piece));
            PulseProbe.Run replaced = stream(robot, model, server, tokens);
            model.appendStreamedTextWith(editor::appendText);
            PulseProbe.Run appended = stream(robot, model, server, tokens);
            System.out.printf("Streaming 1,500 tokens, load average %.1f:%n  append:  %s%n  replace: %s%n",
                    PulseProbe.loadAverage(), appended, replaced);
            // a probe, not a verdict: under heavy load the idle page alone shows gaps over 50 ms (see docs/BENCHMARKS.md)
            assertThat(appended.fxCpuMillis()).as("appending costs the UI thread no more than replacing (25%% noise margin)")
                    .isLessThanOrEqualTo(replaced.fxCpuMillis() + replaced.fxCpuMillis() / 4);
        }
    }

    private static PulseProbe.Run stream(FxRobot robot, LetterViewModel model, FakeLlmServer server, List<String> tokens) throws Exception {
        server.then(new FakeLlmServer.Slow(tokens, 1));
        return PulseProbe.measure(robot, model::write, () -> !model.writingProperty().get()
                && robot.lookup("#letter-text").queryAs(TextArea.class).getText().contains("word1499"));
    }
}
