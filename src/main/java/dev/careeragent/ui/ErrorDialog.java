package dev.careeragent.ui;

import dev.careeragent.core.log.RecentErrors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows an unexpected error: a friendly message, the technical details to expand and copy. Only one such
 * dialog is open at a time; errors that arrive while it shows are added to it ("3 problems happened").
 * Call {@link #show} from any thread; it never waits for the user.
 */
public final class ErrorDialog {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    private static final int MAX_DETAILED = 10;

    private Window owner;
    private Alert open;
    private DialogDetails details;
    private int count;

    /** The window the dialog centres on; null centres it on the screen. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public void show(Throwable error) {
        try {
            if (Platform.isFxApplicationThread()) {
                showNow(error);
            } else {
                Platform.runLater(() -> showNow(error));
            }
        } catch (IllegalStateException toolkitNotRunning) {
            LOG.debug("No window to show the error in; it is in the log", toolkitNotRunning);
        }
    }

    /** True while a dialog is open (tests and the launcher's shutdown use it). */
    public boolean isShowing() {
        return open != null && open.isShowing();
    }

    /** How many errors the open dialog holds. */
    public int count() {
        return isShowing() ? count : 0;
    }

    /** The message a person reads: what went wrong in plain words, and that the app goes on. */
    public static String friendlyMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() != null && !root.getMessage().isBlank()
                ? root.getMessage() : "an unexpected " + root.getClass().getSimpleName();
        return "Something went wrong: " + what;
    }

    private void showNow(Throwable error) {
        try {
            if (isShowing()) {
                count++;
                open.setHeaderText(count + " problems happened. The latest: " + friendlyMessage(error));
                if (count <= MAX_DETAILED) {
                    details.setText(details.text() + System.lineSeparator() + RecentErrors.stackTrace(error));
                }
                return;
            }
            count = 1;
            open = new Alert(Alert.AlertType.ERROR);
            open.setTitle("Something went wrong");
            open.setHeaderText(friendlyMessage(error));
            open.setContentText("Career Agent keeps running and your data is safe. If this happens again, "
                    + "copy the details into a bug report.");
            open.getButtonTypes().setAll(ButtonType.CLOSE);
            details = new DialogDetails(open, RecentErrors.stackTrace(error));
            if (owner != null && owner.isShowing()) {
                open.initOwner(owner);
            }
            open.setResizable(true);
            open.show();
        } catch (RuntimeException failed) {
            LOG.error("Could not show the error dialog", failed);
        }
    }

    Alert alert() {
        return open;
    }
}
