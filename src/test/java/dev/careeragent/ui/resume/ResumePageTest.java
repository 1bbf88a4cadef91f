package dev.careeragent.ui.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.testing.SyntheticResume;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drop a resume on the window, see what was read, correct a field, save, and see the new version. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ResumePageTest {

    @TempDir
    Path dir;

    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir.resolve("data"), new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        window = new MainWindow(stage, TestApp.services(context));
        ResumeFeature.install(window, TestApp.services(context));
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void dropAFileOnTheWindowEditAFieldAndSaveANewVersion(FxRobot robot) throws Exception {
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.DASHBOARD);
        Path file = Files.write(dir.resolve("maya-lindqvist.pdf"), SyntheticResume.pdf());

        assertThat(drop(file.toFile())).as("the window accepts the file").isTrue();

        waitFor(20, TimeUnit.SECONDS, () -> "Maya Lindqvist".equals(text(robot, "#resume-name"))
                && robot.lookup("#job-title").queryAll().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.RESUME);
        assertThat(text(robot, "#resume-email")).isEqualTo("maya.lindqvist@example.com");
        assertThat(text(robot, "#resume-location")).isEqualTo("Gothenburg, Sweden");
        assertThat(robot.lookup("#job-title").queryAllAs(TextField.class)).extracting(TextField::getText)
                .contains("Senior Backend Engineer", "Software Engineer");
        assertThat(versions(robot)).extracting(VersionInfo::label).containsExactly("maya-lindqvist");
        assertThat(((Label) robot.lookup("#resume-notice").query()).getText()).contains("primary resume");

        robot.clickOn("#resume-name");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Maya Test");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitFor(20, TimeUnit.SECONDS, () -> versions(robot).size() == 2);
        VersionInfo saved = versions(robot).get(0);
        assertThat(saved.label()).isEqualTo("maya-lindqvist (edited)");
        assertThat(context.resumeService().load(saved.id()).resume().contact().name()).isEqualTo("Maya Test");
        assertThat(context.resumeService().load(versions(robot).get(1).id()).resume().contact().name())
                .as("the imported version is untouched").isEqualTo("Maya Lindqvist");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#version-list").queryAs(ListView.class).getSelectionModel()
                .getSelectedItem() == saved);
    }

    @Test
    void aBadFileShowsAClearMessageAndTheAppCarriesOn(FxRobot robot) throws Exception {
        Path empty = Files.createFile(dir.resolve("resume.docx"));
        drop(empty.toFile());
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#resume-error").tryQuery().map(Node::isVisible).orElse(false)
                && !((Label) robot.lookup("#resume-error").query()).getText().isEmpty());
        assertThat(((Label) robot.lookup("#resume-error").query()).getText())
                .isEqualTo("resume.docx: The file is empty. Please choose the file that holds your resume.");
        assertThat(robot.lookup("#resume-drop-zone").query().isVisible()).isTrue();
        assertThat(context.resumeService().list()).isEmpty();
    }

    private boolean drop(File file) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> FileDrag.drop(window.scene().getRoot(), file)).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static List<VersionInfo> versions(FxRobot robot) {
        return List.copyOf(robot.lookup("#version-list").queryAs(ListView.class).getItems());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((TextField) n).getText()).orElse(null);
    }
}
