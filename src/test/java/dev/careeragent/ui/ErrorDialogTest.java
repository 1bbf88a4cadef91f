package dev.careeragent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

    @Start
    void start(Stage stage) {
        // Monocle fails to show a modal dialog over a window that has no scene.
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aFloodOfErrorsGivesOneDialogThatCopiesEveryDetail(FxRobot robot) throws Exception {
        ErrorDialog dialog = new ErrorDialog();
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                dialog.show(new IllegalStateException("Boom " + i));
            }
        });
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.listWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage s && "Something went wrong".equals(s.getTitle()))).hasSize(1);
        assertThat(dialog.count()).isEqualTo(3);
        assertThat(dialog.alert().getHeaderText()).startsWith("3 problems happened").contains("Boom 2");

        robot.clickOn("Copy details");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Boom 0").contains("Boom 2").contains("at dev.careeragent.ui.ErrorDialogTest");
        assertThat(dialog.isShowing()).as("copying keeps the dialog open").isTrue();

        robot.clickOn("Close");
        assertThat(dialog.isShowing()).isFalse();
        dialog.show(new IllegalStateException("Later"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.count()).as("a new dialog starts counting again").isEqualTo(1);
        robot.interact(() -> dialog.alert().close());
    }

    @Test
    void uncaughtErrorsOnTheFxThreadReachTheDialogAndTheAppGoesOn(FxRobot robot) throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        FxUncaughtErrors errors = FxUncaughtErrors.install(new ErrorDialog());
        try {
            Platform.runLater(() -> {
                throw new IllegalArgumentException("The PDF has no text layer");
            });
            waitFor(5, TimeUnit.SECONDS, () -> errors.dialog().isShowing());
            assertThat(errors.dialog().alert().getHeaderText()).isEqualTo("Something went wrong: The PDF has no text layer");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("Close");
            CompletableFuture<Boolean> stillRunning = new CompletableFuture<>();
            Platform.runLater(() -> stillRunning.complete(true));
            assertThat(stillRunning.get(5, TimeUnit.SECONDS)).as("the FX thread keeps running").isTrue();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void theFriendlyMessageNamesTheRootCause() {
        Exception wrapped = new RuntimeException("wrapper", new IOException("The disk is full"));
        assertThat(ErrorDialog.friendlyMessage(wrapped)).isEqualTo("Something went wrong: The disk is full");
        assertThat(ErrorDialog.friendlyMessage(new NullPointerException()))
                .isEqualTo("Something went wrong: an unexpected NullPointerException");
    }
}
