package dev.careeragent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Real stages on the FX toolkit: where a window was when it closed is where the next one opens. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

    @TempDir
    Path dir;

    private final List<Stage> opened = new ArrayList<>();

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> opened.forEach(Stage::hide));
    }

    @Test
    void aMovedAndResizedWindowOpensThereAgainAfterItClosed(FxRobot robot) throws Exception {
        Path file = dir.resolve(WindowMemory.FILE_NAME);
        Stage first = open(file);
        onFx(() -> {
            first.setX(40);
            first.setY(50);
            first.setWidth(900);
            first.setHeight(600);
            first.close();
            return null;
        });
        assertThat(Files.readString(file)).contains("=40,50,900,600,false");

        Stage second = open(file);

        assertThat(onFx(() -> WindowMemory.bounds(second))).isEqualTo(new Rectangle2D(40, 50, 900, 600));
    }

    @Test
    void aWindowLastOnAScreenThatIsGoneOpensCentredOnThePrimaryScreen() throws Exception {
        Path file = dir.resolve(WindowMemory.FILE_NAME);
        Files.writeString(file, "last.screen=9000,0,1920,1080\nscreen.9000,0,1920,1080=9100,100,700,500,false\n");

        Stage stage = open(file);

        Rectangle2D primary = onFx(() -> Screen.getPrimary().getVisualBounds());
        Rectangle2D bounds = onFx(() -> WindowMemory.bounds(stage));
        assertThat(bounds.getWidth()).isEqualTo(700);
        assertThat(bounds.getHeight()).isEqualTo(500);
        assertThat(bounds.getMinX() + 350).isEqualTo(primary.getMinX() + primary.getWidth() / 2);
        assertThat(bounds.getMinY() + 250).isEqualTo(primary.getMinY() + primary.getHeight() / 2);
    }

    @Test
    void anUnreadableFileMeansTheDefaultSize() throws Exception {
        Path file = dir.resolve(WindowMemory.FILE_NAME);
        Files.writeString(file, "last.screen=0,0,1,1\nscreen.0,0,1,1=not,numbers,at,all,x\n");

        Stage stage = open(file);

        Rectangle2D bounds = onFx(() -> WindowMemory.bounds(stage));
        assertThat(bounds.getWidth()).isEqualTo(Math.min(1120, onFx(() -> Screen.getPrimary().getVisualBounds().getWidth())));
    }

    private Stage open(Path file) throws Exception {
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(), 300, 200));
            new WindowMemory(file).restoreAndFollow(s);
            s.show();
            return s;
        });
        opened.add(stage);
        return stage;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
