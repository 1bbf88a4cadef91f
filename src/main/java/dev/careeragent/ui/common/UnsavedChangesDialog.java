package dev.careeragent.ui.common;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * "Save changes to Appearance?" before unsaved edits are left behind: Save (Enter), Discard, or Cancel (Esc, or
 * closing the dialog) to stay.
 */
public final class UnsavedChangesDialog {

    public enum Choice { SAVE, DISCARD, CANCEL }

    private static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonData.OTHER);
    private static final ButtonType CANCEL = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);

    private UnsavedChangesDialog() {
    }

    /** Asks on the FX thread and waits for the answer. */
    public static Choice ask(Window owner, List<String> sections) {
        String names = names(sections);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + names + " are not saved yet. Save them, "
                + "discard them, or cancel to stay here.", SAVE, DISCARD, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to " + names + "?");
        alert.getDialogPane().setId("unsaved-changes");
        alert.getDialogPane().lookupButton(SAVE).setId("unsaved-save");
        alert.getDialogPane().lookupButton(DISCARD).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(CANCEL).setId("unsaved-cancel");
        ButtonType answer = alert.showAndWait().orElse(CANCEL);
        return answer == SAVE ? Choice.SAVE : answer == DISCARD ? Choice.DISCARD : Choice.CANCEL;
    }

    /** "Appearance", "Appearance and AI", "Appearance, Logging and AI". */
    static String names(List<String> sections) {
        if (sections.size() == 1) {
            return sections.get(0);
        }
        return String.join(", ", sections.subList(0, sections.size() - 1)) + " and " + sections.get(sections.size() - 1);
    }
}
