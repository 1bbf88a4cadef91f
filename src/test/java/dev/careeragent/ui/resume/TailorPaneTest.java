package dev.careeragent.ui.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.letters.LetterFixtures;
import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.tailor.TailorServiceTest;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ATS panel's "Tailor for this job" on the real services, with no language model: rules, diff, accept one, undo. */
@ExtendWith(ApplicationExtension.class)
class TailorPaneTest {

    @TempDir
    Path dir;
    private AppContext context;
    private long versionId;
    private long postingId;
    private AtsViewModel ats;
    private final AtomicInteger refreshed = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC());
        context = TestApp.open(dir, tasks);
        versionId = context.resumeService().importBytes(new JsonResumeExporter().export(TailorServiceTest.WEAK)
                .getBytes(StandardCharsets.UTF_8), "weak.json", null, "Weak").id();
        postingId = context.postings().save(LetterFixtures.POSTING.toBuilder().id(null).build()).id();
        ats = new AtsViewModel(context.ats(), tasks, () -> versionId);
        ats.useTailoring(new TailorViewModel(context.tailor(), tasks, () -> versionId, ats.postingProperty(), ats.jobTextProperty(),
                refreshed::incrementAndGet));
        stage.setScene(new Scene(new AtsPanel(ats), 1000, 800));
        stage.show();
        ats.loadPostings();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    /** The card sits below the score in a scrolling page: buttons are fired, as a click or the keyboard would. */
    private static void press(FxRobot robot, String id) {
        javafx.scene.control.Button button = robot.lookup(id).queryButton();
        assertThat(button.isDisabled()).isFalse();
        robot.interact(button::fire);
    }

    @Test
    void acceptedSuggestionsBecomeANewVersionAndUndoTakesItBack(FxRobot robot) throws Exception {
        await(() -> !ats.postings().isEmpty());
        robot.interact(() -> ats.postingProperty().set(ats.postings().get(0)));
        robot.clickOn("#ats-check");
        await(() -> ats.checkedProperty().get());
        press(robot, "#ats-tailor");
        await(() -> robot.lookup(".tailor-suggestion").queryAll().size() == 2);
        assertThat(robot.lookup("#ats-tailor-note").queryLabeled().getText()).contains("built-in rules");
        TextFlow firstDiff = robot.lookup(".tailor-diff").queryAs(TextFlow.class);
        assertThat(firstDiff.getChildren()).filteredOn(n -> ((Text) n).isStrikethrough()).extracting(n -> ((Text) n).getText())
                .containsExactly("Responsible for maintaining");
        CheckBox second = robot.lookup(".tailor-accept").queryAllAs(CheckBox.class).stream().skip(1).findFirst().orElseThrow();
        robot.interact(second::fire);

        press(robot, "#ats-tailor-save");

        await(() -> robot.lookup("#ats-tailor-undo").query().isVisible());
        VersionInfo made = context.resumeService().list().stream().filter(v -> v.parentId() != null).findFirst().orElseThrow();
        assertThat(context.resumeService().load(made.id()).resume().experience().get(0).bullets())
                .containsExactly("Maintained the billing service in Java", "Worked on Postgres schema migrations",
                        "Cut cloud costs by 30% with Kubernetes");
        assertThat(context.resumeService().load(versionId).resume().experience().get(0).bullets())
                .startsWith("Responsible for maintaining the billing service in Java");
        assertThat(context.tailor().tailoredFor(postingId)).containsExactly(made.id());
        assertThat(refreshed).hasValue(1);

        press(robot, "#ats-tailor-undo");

        await(() -> context.tailor().tailoredFor(postingId).isEmpty() && refreshed.get() == 2);
        assertThat(context.resumeService().list()).extracting(VersionInfo::id).containsExactly(versionId);
        await(() -> robot.lookup(".tailor-suggestion").queryAll().size() == 2);
    }
}
