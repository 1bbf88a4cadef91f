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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
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
 * Ollama client. Target: no gap over 50 ms.
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
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            tokens.add("word" + i + (i % 12 == 11 ? ".\n" : " "));
        }
        try (FakeLlmServer server = new FakeLlmServer(); LetterStack stack = new LetterStack(Files.createTempDirectory(dir, "db"));
             ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC())) {
            server.then(new FakeLlmServer.Slow(tokens, 1));
            stack.model.set(new LlmConnector(LlmConfig.of(LlmProvider.OLLAMA, server.ollamaUrl(), "m", null)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))));
            LetterViewModel model = new LetterViewModel(stack.letters, stack.resumes::list,
                    () -> List.of(new PostingChoice(stack.postingId, "Backend Engineer", "Fabrikam")), tasks, new FxCallbacks());
            robot.interact(() -> {
                stage.setScene(new Scene(new javafx.scene.layout.StackPane(new LetterView(model, f -> Optional.empty(), t -> { },
                        f -> Optional.empty()).node()), 1100, 700));
                stage.show();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.resumeProperty().get() != null && model.jobProperty().get() != null);
            AtomicLong last = new AtomicLong();
            AtomicLong worst = new AtomicLong();
            AnimationTimer probe = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long before = last.getAndSet(now);
                    if (before != 0 && model.writingProperty().get()) {
                        worst.accumulateAndGet(now - before, Math::max);
                    }
                }
            };
            robot.interact(probe::start);
            robot.interact(model::write);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.writingProperty().get()
                    && robot.lookup("#letter-text").queryAs(TextArea.class).getText().contains("word1499"));
            robot.interact(probe::stop);
            long worstMillis = worst.get() / 1_000_000;
            System.out.println("Longest FX pulse gap while streaming 1,500 tokens: " + worstMillis + " ms");
            assertThat(worstMillis).isLessThan(50);
        }
    }
}
