package dev.careeragent.ui;

import dev.careeragent.ui.common.Clipboards;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

/** Gives an alert an expandable "details" area and a "Copy details" button that copies without closing it. */
final class DialogDetails {

    static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

    private final TextArea area = new TextArea();

    DialogDetails(Alert alert, String text) {
        area.setId("error-details");
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.setPrefColumnCount(80);
        area.getStyleClass().add("details-text");
        area.setText(text);
        alert.getDialogPane().setExpandableContent(area);
        alert.getButtonTypes().add(0, COPY);
        alert.getDialogPane().lookupButton(COPY).addEventFilter(ActionEvent.ACTION, event -> {
            Clipboards.copy(area.getText());
            event.consume();
        });
    }

    void setText(String text) {
        area.setText(text);
    }

    String text() {
        return area.getText();
    }
}
