package dev.careeragent.ui.tracker;

import dev.careeragent.ui.common.Forms;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The selected application's offer: add it, or edit the one stored (the Offers tab then compares it). */
final class OfferForm extends VBox {

    OfferForm(OfferFormViewModel model) {
        super(6);
        setPadding(new Insets(6, 0, 0, 0));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(row++, new Label("Currency"), Forms.field("offer-currency", model.currencyProperty(), "EUR"));
        grid.addRow(row++, new Label("Base a year"), Forms.field("offer-base", model.baseProperty(), "85000"));
        grid.addRow(row++, new Label("Bonus a year"), Forms.field("offer-bonus", model.bonusProperty(), "0"));
        grid.addRow(row++, new Label("Equity grant"), Forms.field("offer-equity", model.equityProperty(), "total value"));
        grid.addRow(row++, new Label("Vesting years"), Forms.field("offer-vesting", model.vestingYearsProperty(), "4"));
        grid.addRow(row++, new Label("Sign-on"), Forms.field("offer-signon", model.signOnProperty(), "0"));
        grid.addRow(row++, new Label("Benefits worth"), Forms.field("offer-benefits-value", model.benefitsValueProperty(), "a year"));
        grid.addRow(row++, new Label("Benefits"), Forms.field("offer-benefits", model.benefitsProperty(), "pension, health…"));
        grid.addRow(row++, new Label("Paid leave days"), Forms.field("offer-leave", model.leaveDaysProperty(), "30"));
        grid.addRow(row++, new Label("Place"), Forms.field("offer-place", model.placeProperty(), "Berlin"));
        grid.add(Forms.check("offer-remote", "Remote", model.remoteProperty()), 1, row++);
        DatePicker start = new DatePicker();
        start.setId("offer-start");
        start.valueProperty().bindBidirectional(model.startDateProperty());
        grid.addRow(row++, new Label("Start date"), start);
        DatePicker deadline = new DatePicker();
        deadline.setId("offer-deadline");
        deadline.valueProperty().bindBidirectional(model.deadlineProperty());
        grid.addRow(row, new Label("Answer by"), deadline);
        Button save = new Button("Save offer");
        save.setId("offer-save");
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("offer-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(save, message, grid); // Save on top: the form is taller than the pane
    }
}
