package dev.careeragent.ui;

import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.store.DatabaseException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Explains why the database could not be opened and offers the way out: restore the latest backup (when
 * one exists) or quit. It only asks; the caller performs the restore. Use on the FX thread.
 */
public final class DatabaseProblemDialog {

    /** What the user chose. */
    public enum Choice { RESTORE_BACKUP, QUIT }

    static final ButtonType RESTORE = new ButtonType("Restore latest backup", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Alert alert = new Alert(Alert.AlertType.ERROR);

    public DatabaseProblemDialog(DatabaseException problem) {
        alert.setTitle("Career Agent cannot open your data");
        alert.setHeaderText("Your database could not be opened");
        alert.setContentText(problem.userMessage());
        alert.getButtonTypes().setAll(QUIT);
        if (problem.latestBackup().isPresent()) {
            alert.getButtonTypes().add(0, RESTORE);
        }
        String backup = problem.latestBackup().map(path -> "Latest backup: " + path).orElse("No backup found.");
        new DialogDetails(alert, "Problem: " + problem.problem() + System.lineSeparator() + backup
                + System.lineSeparator() + System.lineSeparator() + RecentErrors.stackTrace(problem));
        alert.setResizable(true);
    }

    /** Shows the dialog and waits; closing the window counts as Quit. */
    public Choice showAndWait() {
        return alert.showAndWait().filter(RESTORE::equals).map(b -> Choice.RESTORE_BACKUP).orElse(Choice.QUIT);
    }

    public static Choice ask(DatabaseException problem) {
        return new DatabaseProblemDialog(problem).showAndWait();
    }

    Alert alert() {
        return alert;
    }
}
