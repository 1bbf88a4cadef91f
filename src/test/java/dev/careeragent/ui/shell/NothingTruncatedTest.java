package dev.careeragent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.ui.desktop.Theme;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.testing.SyntheticResume;
import dev.careeragent.ui.AllPages;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.Truncation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
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

/**
 * Every page of the main window at 1280x800 and at the default 1120x740, light and dark, on a database with a resume,
 * postings and applications: no label, button or cell shows an ellipsis, and no control is squeezed or cut off.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NothingTruncatedTest {

    @TempDir
    Path dir;

    private Stage stage;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void noPageTruncatesTextAtEitherSizeInEitherTheme(FxRobot robot) throws Exception {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        TestApp.seed(context, 0, 24, 3);
        context.resumeService().importBytes(SyntheticResume.pdf(), "maya-lindqvist-resume.pdf", null, "Backend roles");
        robot.interact(() -> {
            window = AllPages.window(stage, context);
            window.show();
        });
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 800}, {1120, 740}}) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                robot.interact(() -> {
                    context.settings().put(Theme.KEY, theme);
                    window.stage().setWidth(size[0]);
                    window.stage().setHeight(size[1]);
                });
                for (String page : pageIds()) {
                    robot.interact(() -> window.navigate(page));
                    settle();
                    if (WaitForAsyncUtils.asyncFx(this::selectFirstJob).get()) {
                        settle();
                    }
                    String where = page + " at " + (int) size[0] + "x" + (int) size[1] + " " + theme + ": ";
                    WaitForAsyncUtils.asyncFx(() -> Truncation.problems(window.scene())).get()
                            .forEach(problem -> problems.add(where + problem));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A selected job fills the detail pane beside the table; true when a job was selected. */
    private boolean selectFirstJob() {
        if (window.scene().lookup("#jobs-table") instanceof TableView<?> table && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            return true;
        }
        return false;
    }

    private List<String> pageIds() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> AllPages.pageIds(window)).get();
    }

    /** Pages load in background tasks: wait until none runs, then for the layout that follows. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        Thread.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
