package dev.careeragent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.DataFolder;
import dev.careeragent.ui.shell.LoadingShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop start on a data folder that cannot be opened: the window comes at once in its loading state,
 * then a dialog says what is wrong, and Quit ends the app (it never waits forever for a main window).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DesktopStartupFailureTest {

    @TempDir
    Path dir;

    private final AtomicBoolean exited = new AtomicBoolean();
    private Thread.UncaughtExceptionHandler previousHandler;

    @BeforeEach
    void rememberHandler() {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        Thread.setDefaultUncaughtExceptionHandler(previousHandler); // the start installs the app's own
    }

    @Test
    void aDamagedSecretKeyFileEndsInACouldNotStartMessageAndQuit(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("secrets.key"), "{\"wrap\": damaged");

        assertThat(new DesktopStartup(() -> exited.set(true)).start(new DataFolder(dir), false)).isEqualTo(DesktopStartup.RUNNING);

        assertThat(awaitWindow(robot, "Career Agent").getScene().lookup("#loading-message")).isNotNull();
        DialogPane dialog = awaitDialog(robot, "Career Agent could not start");
        assertThat(dialog.getContentText()).contains("secret store key file").contains("Your data was not changed");
        quit(robot, dialog);
    }

    @Test
    void aDatabasePathThatIsAFolderGetsTheDatabaseProblemDialogAndQuit(FxRobot robot) throws Exception {
        Files.createDirectories(new DataFolder(dir).database());

        new DesktopStartup(() -> exited.set(true)).start(new DataFolder(dir), false);

        DialogPane dialog = awaitDialog(robot, "Career Agent cannot open your data");
        assertThat(dialog.getContentText()).contains(new DataFolder(dir).database().toString());
        quit(robot, dialog);
    }

    @Test
    void theLoadingWindowSaysThatTheDataIsOpening(FxRobot robot) throws Exception {
        Files.createDirectories(new DataFolder(dir).database());

        new DesktopStartup(() -> exited.set(true)).start(new DataFolder(dir), false);

        Stage shell = awaitWindow(robot, "Career Agent");
        assertThat(((Labeled) shell.getScene().lookup("#loading-status")).getText()).isEqualTo(LoadingShell.OPENING);
        quit(robot, awaitDialog(robot, "Career Agent cannot open your data"));
    }

    private void quit(FxRobot robot, DialogPane dialog) throws Exception {
        robot.clickOn(robot.from(dialog).lookup("Quit").queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, exited::get);
        assertThat(Files.exists(dir.resolve("instance.port"))).as("the single-instance listener is closed").isFalse();
    }

    private static DialogPane awaitDialog(FxRobot robot, String title) throws Exception {
        return (DialogPane) awaitWindow(robot, title).getScene().getRoot();
    }

    private static Stage awaitWindow(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> find(title).isPresent());
        return find(title).orElseThrow();
    }

    private static Optional<Stage> find(String title) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> showing(title)).get();
    }

    private static Optional<Stage> showing(String title) {
        return Window.getWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> title.equals(stage.getTitle())).findFirst();
    }
}
