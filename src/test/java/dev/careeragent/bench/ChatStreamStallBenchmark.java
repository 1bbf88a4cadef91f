package dev.careeragent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.testing.KeyringOff;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.assistant.AssistantView;
import dev.careeragent.ui.assistant.AssistantViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * FX-thread stall probe for the Assistant page (on demand: {@code ./mvnw -o test -Dtest=ChatStreamStallBenchmark}):
 * the longest pulse gap while a 1,500-token answer streams in through the real Ollama client and AI service, after a
 * warm-up answer. Target: no gap over 50 ms.
 */
@ExtendWith({KeyringOff.class, ApplicationExtension.class})
class ChatStreamStallBenchmark {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theFxThreadKeepsPulsingWhileAnAnswerStreams(FxRobot robot) throws Exception {
        List<String> tokens = PulseProbe.longText();
        try (FakeLlmServer server = new FakeLlmServer();
             ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC());
             AppContext context = TestApp.open(dir, tasks)) {
            context.ai().save(LlmProvider.OLLAMA, server.ollamaUrl(), "llama3.2:3b", "");
            AssistantViewModel model = new AssistantViewModel(context.assistant(), tasks, new FxCallbacks());
            AssistantView view = new AssistantView(model, () -> { });
            robot.interact(() -> {
                stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.node()), 1100, 700));
                stage.show();
                view.onShown();
            });
            PulseProbe.Run warm = answer(robot, model, server, tokens);
            PulseProbe.Run run = answer(robot, model, server, tokens);
            System.out.printf("Assistant answer of 1,500 tokens, load average %.1f:%n  warm-up: %s%n  measured: %s%n",
                    PulseProbe.loadAverage(), warm, run);
            assertThat(model.entries()).hasSize(4);
        }
    }

    private static PulseProbe.Run answer(FxRobot robot, AssistantViewModel model, FakeLlmServer server, List<String> tokens)
            throws Exception {
        server.then(new FakeLlmServer.Slow(tokens, 1));
        int before = model.entries().size();
        return PulseProbe.measure(robot, () -> {
            model.inputProperty().set("Tell me a long story");
            model.send();
        }, () -> !model.sendingProperty().get() && model.entries().size() == before + 2
                && model.entries().get(before + 1).text().contains("word1499"));
    }
}
