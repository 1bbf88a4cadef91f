package dev.careeragent.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.FakeLlmServer.ToolCall;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.testing.KeyringOff;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Assistant page on the real services and the real Ollama client against the fake server. */
@ExtendWith({KeyringOff.class, ApplicationExtension.class})
class AssistantViewTest {

    @TempDir
    static Path dir;
    private static ThreadPoolTaskExecutor tasks;
    private static AppContext context;
    private static Application contoso;
    private final FakeLlmServer server = new FakeLlmServer();
    private final AtomicBoolean settingsOpened = new AtomicBoolean();
    private AssistantViewModel model;

    /** Opening the database takes seconds on a busy machine: once, outside the FX setup. */
    @BeforeAll
    static void data() {
        tasks = new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC());
        context = TestApp.open(dir, tasks);
        contoso = context.tracker().track(new NewApplication(null, "Contoso", "Java Developer", ApplicationStatus.APPLIED, null,
                null, null, null, null, null, null, null));
    }

    @AfterAll
    static void closeData() {
        context.close();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        context.ai().save(LlmProvider.OLLAMA, server.ollamaUrl(), "llama3.2:3b", "");
        model = new AssistantViewModel(context.assistant(), tasks, new FxCallbacks());
        AssistantView view = new AssistantView(model, () -> settingsOpened.set(true));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.node()), 1100, 720));
        stage.show();
        view.onShown();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private static boolean shows(FxRobot robot, String text) {
        return robot.lookup("#assistant-transcript").queryAs(VBox.class).getChildrenUnmodifiable().stream()
                .anyMatch(n -> text(n).contains(text));
    }

    private static String text(Node n) {
        if (n instanceof javafx.scene.control.Labeled l) {
            return l.getText();
        }
        return n instanceof javafx.scene.Parent p ? p.getChildrenUnmodifiable().stream().map(AssistantViewTest::text)
                .reduce("", String::concat) : "";
    }

    /** The id of the one action waiting, once its card is on screen. */
    private long awaitAction(FxRobot robot) throws Exception {
        await(() -> model.pending().size() == 1 && !model.sendingProperty().get());
        long id = model.pending().get(0).id();
        await(() -> robot.lookup("#assistant-confirm-" + id).tryQuery().map(n -> n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return id;
    }

    @Test
    void anActionTheModelProposesWaitsForConfirmAndDeclineChangesNothing(FxRobot robot) throws Exception {
        server.then(new ToolCall("delete_application", "{\"application_id\": " + contoso.id() + "}"),
                FakeLlmServer.text("I have asked the app to delete it."),
                new ToolCall("set_application_status", "{\"application_id\": " + contoso.id() + ", \"status\": \"interview\"}"),
                FakeLlmServer.text("Confirm the move, please."));
        robot.clickOn("#assistant-input").write("Delete my Contoso application").type(KeyCode.ENTER);
        await(() -> shows(robot, "I have asked the app to delete it."));
        String decline = "#assistant-decline-" + awaitAction(robot);
        assertThat(shows(robot, "Delete my Contoso application")).isTrue();
        assertThat(context.tracker().count()).isEqualTo(1);

        robot.clickOn(decline);
        await(() -> shows(robot, "Declined: Delete the application Java Developer at Contoso"));
        assertThat(context.tracker().count()).isEqualTo(1);

        robot.clickOn("#assistant-input").write("I got an interview at Contoso").type(KeyCode.ENTER);
        String confirm = "#assistant-confirm-" + awaitAction(robot);
        assertThat(context.tracker().require(contoso.id()).status()).isEqualTo(ApplicationStatus.APPLIED);
        robot.clickOn(confirm);
        await(() -> context.tracker().require(contoso.id()).status() == ApplicationStatus.INTERVIEW);
        await(() -> shows(robot, "Done: Move the application Java Developer at Contoso from Applied to Interview"));
        assertThat(robot.lookup(confirm).tryQuery()).isEmpty();
    }

    @Test
    void aDoubleClickOnConfirmAddsOneApplicationAndUndoRemovesIt(FxRobot robot) throws Exception {
        long job = context.postings().save(dev.careeragent.jobs.JobPosting.builder().source("test").sourceId("double")
                .title("Kotlin Developer").company("Northwind").descriptionText("Kotlin.").build()).id();
        server.then(new ToolCall("track_job", "{\"job_id\": " + job + "}"), FakeLlmServer.text("Shall I track it?"));
        long before = context.tracker().count();
        robot.clickOn("#assistant-input").write("Track the Northwind job").type(KeyCode.ENTER);
        String confirm = "#assistant-confirm-" + awaitAction(robot);

        robot.doubleClickOn(confirm);
        await(() -> shows(robot, "Done: Track Kotlin Developer at Northwind"));
        await(() -> robot.lookup("#assistant-undo").query().isVisible());
        assertThat(context.tracker().count()).isEqualTo(before + 1);
        assertThat(robot.lookup("#assistant-undo-message").queryLabeled().getText()).contains("Track Kotlin Developer at Northwind");

        robot.clickOn("#assistant-undo");
        await(() -> shows(robot, "Undone: Track Kotlin Developer at Northwind"));
        assertThat(context.tracker().count()).isEqualTo(before);
        assertThat(context.tracker().forPosting(job)).isEmpty();
    }

    @Test
    void aDeletedConversationComesBackWithUndo(FxRobot robot) throws Exception {
        server.then(FakeLlmServer.text("Hello!"));
        robot.clickOn("#assistant-new");
        await(() -> model.selectedProperty().get() != null && model.entries().isEmpty());
        robot.clickOn("#assistant-input").write("Say hello").type(KeyCode.ENTER);
        await(() -> shows(robot, "Hello!"));
        long count = model.conversations().size();
        robot.clickOn("#assistant-delete");
        await(() -> model.conversations().size() == count - 1 && robot.lookup("#assistant-undo").query().isVisible());
        robot.clickOn("#assistant-undo");
        await(() -> model.conversations().size() == count && "Say hello".equals(model.selectedProperty().get().title()));
        await(() -> shows(robot, "Hello!"));
    }

    @Test
    void aFailedAnswerPutsTheMessageBackInTheBox(FxRobot robot) throws Exception {
        server.then(new FakeLlmServer.Status(404, null));
        robot.clickOn("#assistant-input").write("Are you there?").type(KeyCode.ENTER);
        await(() -> model.statusProperty().get().contains("HTTP 404"));
        assertThat(robot.lookup("#assistant-input").queryAs(TextArea.class).getText()).isEqualTo("Are you there?");
        assertThat(shows(robot, "Are you there?")).isFalse();
    }

    @Test
    void withNoModelThePageSaysHowToSetOneUp(FxRobot robot) throws Exception {
        robot.interact(() -> context.ai().save(LlmProvider.NONE, null, null, ""));
        robot.interact(model::load);
        await(() -> robot.lookup("#assistant-empty").query().isVisible());
        assertThat(robot.lookup("#assistant-input").query().isDisabled()).isTrue();
        robot.clickOn("#assistant-open-settings");
        assertThat(settingsOpened).isTrue();
    }
}
