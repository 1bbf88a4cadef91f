package dev.careeragent.ui;

import dev.careeragent.core.log.RecentErrors;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Says that Career Agent could not start and why, with the details to copy; its only way out is Quit.
 * For failures other than the database's own (those get {@link DatabaseProblemDialog}). Use on the FX thread.
 */
public final class StartupFailureDialog {

    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Alert alert = new Alert(Alert.AlertType.ERROR);

    public StartupFailureDialog(Throwable failure, Path logFolder) {
        alert.setTitle("Career Agent could not start");
        alert.setHeaderText("Career Agent could not open your data");
        alert.setContentText(message(failure) + System.lineSeparator() + System.lineSeparator() + "Your data was not changed. The details are in the log"
                + " folder (" + logFolder + "); please include them in a bug report.");
        alert.getButtonTypes().setAll(QUIT);
        new DialogDetails(alert, RecentErrors.stackTrace(failure));
        alert.setResizable(true);
    }

    /** The app's own exceptions carry a message for the user; anything else is told by its root cause. */
    static String message(Throwable failure) {
        boolean ours = failure.getClass().getName().startsWith("dev.careeragent.");
        return ours && failure.getMessage() != null && !failure.getMessage().isBlank()
                ? failure.getMessage() : ErrorDialog.friendlyMessage(failure);
    }

    /** Shows the dialog and waits until the user quits. */
    public static void show(Throwable failure, Path logFolder) {
        new StartupFailureDialog(failure, logFolder).alert.showAndWait();
    }

    Alert alert() {
        return alert;
    }
}
