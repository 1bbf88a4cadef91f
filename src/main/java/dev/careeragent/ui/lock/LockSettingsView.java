package dev.careeragent.ui.lock;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Security section of Settings: the app-lock password and when the window locks itself. */
public final class LockSettingsView {

    private LockSettingsView() {
    }

    public static Node create(LockSettingsViewModel model) {
        Label intro = new Label("An optional password that locks the window and protects your saved secrets "
                + "(e-mail password, API keys): a copy of your data folder does not reveal them without it.");
        intro.setWrapText(true);
        PasswordField current = field("lock-current", "Current password", model.currentProperty());
        current.visibleProperty().bind(model.passwordSetProperty());
        current.managedProperty().bind(current.visibleProperty());
        PasswordField replacement = field("lock-new", "New password", model.replacementProperty());
        PasswordField confirmation = field("lock-confirm", "New password again", model.confirmationProperty());

        Button save = new Button();
        save.setId("lock-save");
        save.textProperty().bind(model.passwordSetProperty().map(set -> set ? "Change password" : "Set password"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        Button remove = new Button("Remove app lock");
        remove.setId("lock-remove");
        remove.visibleProperty().bind(model.passwordSetProperty());
        remove.managedProperty().bind(remove.visibleProperty());
        remove.setOnAction(e -> model.remove());
        HBox buttons = new HBox(8, save, remove);
        buttons.disableProperty().bind(model.busyProperty());

        ComboBox<Integer> idle = new ComboBox<>();
        idle.setId("lock-idle");
        idle.getItems().setAll(LockSettingsViewModel.IDLE_CHOICES);
        idle.setConverter(new StringConverter<>() {
            @Override public String toString(Integer minutes) {
                return minutes == null ? "" : minutes == 0 ? "Never" : minutes + (minutes == 1 ? " minute" : " minutes");
            }

            @Override public Integer fromString(String text) {
                return null;
            }
        });
        idle.setValue(model.idleMinutesProperty().get());
        idle.valueProperty().addListener((obs, old, minutes) -> model.idleMinutesProperty().set(minutes));
        HBox idleRow = new HBox(12, new Label("Lock after being away for"), idle);
        idleRow.setAlignment(Pos.CENTER_LEFT);
        idleRow.disableProperty().bind(model.passwordSetProperty().not());

        Label status = new Label();
        status.setId("lock-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return new VBox(10, intro, current, replacement, confirmation, buttons, idleRow, status);
    }

    private static PasswordField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setMaxWidth(320);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
