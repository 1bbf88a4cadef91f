package dev.careeragent.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The foot of every Settings section: Save, Cancel (only when something changed), any extra buttons, and the
 * section's status line. One bar, so each section saves the same way.
 */
public final class SaveCancelBar extends HBox {

    /** The style class that finds every bar in a page, e.g. to ask about unsaved changes before leaving it. */
    public static final String STYLE_CLASS = "save-cancel-bar";

    private final FormSnapshot form;
    private final ObservableBooleanValue busy;
    private final Runnable save;
    private final Runnable cancel;

    public SaveCancelBar(String saveId, String cancelId, FormSnapshot form, ObservableBooleanValue busy, Runnable save,
            Runnable cancel, Label status, Node... extra) {
        super(12);
        this.form = form;
        this.busy = busy;
        this.save = save;
        this.cancel = cancel;
        getStyleClass().add(STYLE_CLASS);
        Button saveButton = new Button("Save");
        saveButton.setId(saveId);
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(busy);
        saveButton.setOnAction(e -> save.run());
        Button cancelButton = new Button("Cancel");
        cancelButton.setId(cancelId);
        cancelButton.disableProperty().bind(form.dirtyProperty().not().or(busy));
        cancelButton.setOnAction(e -> cancel.run());
        getChildren().addAll(saveButton, cancelButton);
        getChildren().addAll(extra);
        HBox.setHgrow(status, Priority.ALWAYS);
        getChildren().add(status);
        setAlignment(Pos.CENTER_LEFT);
    }

    public boolean hasUnsavedChanges() {
        return form.dirtyProperty().get();
    }

    /** Whether a save is still running (in the background). */
    public boolean busy() {
        return busy.get();
    }

    /** What the Save button does. */
    public void saveChanges() {
        save.run();
    }

    /** What the Cancel button does: puts back what was saved. */
    public void discardChanges() {
        cancel.run();
    }
}
