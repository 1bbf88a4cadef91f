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

    public SaveCancelBar(String saveId, String cancelId, FormSnapshot form, ObservableBooleanValue busy, Runnable save,
            Runnable cancel, Label status, Node... extra) {
        super(12);
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
}
