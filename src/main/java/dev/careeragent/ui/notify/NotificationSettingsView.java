package dev.careeragent.ui.notify;

import static dev.careeragent.ui.common.Forms.check;
import static dev.careeragent.ui.common.Forms.field;
import static dev.careeragent.ui.common.Forms.grid;
import static dev.careeragent.ui.common.Forms.heading;
import static dev.careeragent.ui.common.Forms.labelled;

import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.ui.common.Forms;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.common.SaveCancelBar;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Notifications block of the Settings page, bound to {@link NotificationSettingsViewModel}. */
public final class NotificationSettingsView extends VBox {

    public NotificationSettingsView(NotificationSettingsViewModel model) {
        super(16);
        setId("notification-settings");
        getChildren().addAll(mailServer(model), messages(model), tray(model), actions(model));
        model.setConfirmPlainText(this::confirmPlainText);
    }

    /** The warning before a mail password goes unencrypted; only OK says yes. */
    private boolean confirmPlainText(String question) {
        Alert alert = new Alert(Alert.AlertType.WARNING, question, ButtonType.CANCEL, ButtonType.OK);
        alert.setTitle("Send the password unencrypted?");
        alert.setHeaderText("This mail server connection is not encrypted");
        alert.getDialogPane().lookupButton(ButtonType.OK).setId("plain-text-ok");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("plain-text-cancel");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private static Node mailServer(NotificationSettingsViewModel model) {
        GridPane grid = grid();
        ComboBox<SmtpSecurity> security = new ComboBox<>();
        security.setId("smtp-security");
        security.getItems().setAll(SmtpSecurity.values());
        // not bound both ways: a refused None is set back by the model, and the box must follow
        security.setValue(model.securityProperty().get());
        model.securityProperty().addListener((obs, old, now) -> security.setValue(model.securityProperty().get()));
        security.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != model.securityProperty().get()) {
                model.securityProperty().set(chosen);
                security.setValue(model.securityProperty().get());
            }
        });
        PasswordField password = new PasswordField();
        password.setId("smtp-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.promptTextProperty().bind(model.passwordSavedProperty()
                .map(saved -> saved ? "saved; leave empty to keep it" : "the mail account's password"));
        int row = 0;
        grid.addRow(row++, new Label("Server"), field("smtp-host", model.hostProperty(), "e.g. smtp.gmail.com"));
        grid.addRow(row++, new Label("Port"), field("smtp-port", model.portProperty(), "587"));
        grid.addRow(row++, new Label("Security"), security);
        grid.addRow(row++, new Label("User name"), field("smtp-user", model.userProperty(), "often your email address"));
        grid.addRow(row++, new Label("Password"), password);
        grid.addRow(row++, new Label("From"), field("smtp-from", model.fromProperty(), "the sender address"));
        grid.addRow(row, new Label("To"), field("smtp-to", model.toProperty(), "where alerts go"));
        return new VBox(8, heading("Mail server"), Layouts.muted("The password is kept in your system's keychain or an "
                + "encrypted file, never in the settings or the database."), grid);
    }

    private static Node messages(NotificationSettingsViewModel model) {
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, check("email-high-match", "High-match alerts (one email per search run)", model.highMatchEmailProperty()),
                labelled("from score", field("email-threshold", model.emailThresholdProperty(), "80")));
        grid.addRow(row++, check("email-digest", "Daily digest", model.digestProperty()),
                labelled("at", field("digest-time", model.digestTimeProperty(), "08:00")));
        grid.addRow(row++, check("email-status-updates", "Application status updates", model.statusUpdatesProperty()));
        grid.addRow(row++, check("email-interview-reminders", "Interview reminders", model.interviewRemindersProperty()));
        grid.addRow(row++, check("email-follow-ups", "Follow-up reminders", model.followUpsProperty()),
                labelled("after days without news", field("follow-up-days", model.followUpDaysProperty(), "7")));
        grid.addRow(row, new Label("Quiet hours (emails wait)"), labelled(field("quiet-from", model.quietFromProperty(), "22:00"),
                new Label("to"), field("quiet-until", model.quietUntilProperty(), "07:00")));
        return new VBox(8, heading("Emails"), grid);
    }

    private static Node tray(NotificationSettingsViewModel model) {
        CheckBox keep = check("keep-in-tray", "Keep running in the system tray when the window is closed",
                model.keepRunningInTrayProperty());
        keep.setDisable(!model.trayAvailable());
        VBox box = new VBox(8, heading("Alerts and background"),
                new HBox(12, check("tray-alerts", "Alert me about new matches", model.trayAlertsProperty()),
                        labelled("from score", field("alert-threshold", model.alertThresholdProperty(), "80"))),
                keep, check("start-at-login", "Start Career Agent when I log in", model.startAtLoginProperty()));
        if (!model.trayAvailable()) {
            box.getChildren().add(Layouts.muted("This desktop has no system tray: alerts appear in the window, and "
                    + "closing the window quits the app."));
        }
        return box;
    }

    private static Node actions(NotificationSettingsViewModel model) {
        Button test = new Button("Send test email");
        test.setId("send-test-email");
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(e -> model.sendTestEmail());
        Label status = Forms.status("notifications-status", model.statusProperty(), model.statusOkProperty());
        return new SaveCancelBar("save-notifications", "cancel-notifications", model.form(), model.busyProperty(),
                model::save, model::cancel, status, test);
    }
}
