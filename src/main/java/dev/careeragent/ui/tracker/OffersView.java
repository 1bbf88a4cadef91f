package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.OfferComparison;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Choose two to four offers, set currency, rates and priorities, and see them side by side. */
final class OffersView extends VBox {

    OffersView(OffersViewModel model) {
        super(8);
        setPadding(new Insets(8));
        ListView<Offer> list = new ListView<>(model.all());
        list.setId("offers-list");
        list.setPrefHeight(140);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("No offers yet (add one with `career-agent offer add`)."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Offer o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : "Offer " + o.id() + " (application " + o.applicationId() + "): "
                        + Math.round(o.annualTotal()) + " " + o.currency() + " a year" + (o.deadline() == null ? "" : ", answer by " + o.deadline()));
            }
        });
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Offer>) c ->
                model.chosen().setAll(list.getSelectionModel().getSelectedItems()));
        TextField currency = new TextField();
        currency.setPrefColumnCount(4);
        currency.textProperty().bindBidirectional(model.currencyProperty());
        TextField rates = new TextField();
        rates.setId("offers-rates");
        rates.textProperty().bindBidirectional(model.ratesProperty());
        HBox money = new HBox(8, new Label("Currency"), currency, new Label("Rates"), rates);
        GridPane weights = new GridPane();
        weights.setHgap(8);
        weights.addRow(0, new Label("Pay"), slider(model.payProperty()), new Label("Paid leave"), slider(model.leaveProperty()));
        weights.addRow(1, new Label("Remote"), slider(model.remoteProperty()), new Label("Benefits"), slider(model.benefitsProperty()));
        Button compare = new Button("Compare");
        compare.setId("offers-compare");
        compare.setOnAction(e -> model.compare());
        GridPane table = new GridPane();
        table.setId("offers-comparison");
        table.setHgap(24);
        table.setVgap(4);
        model.comparison().addListener((ListChangeListener<OfferComparison.Column>) c -> fill(table, model));
        Label message = new Label();
        message.setId("offers-message");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(list, money, weights, compare, message, table);
    }

    private static Slider slider(javafx.beans.property.DoubleProperty value) {
        Slider slider = new Slider(0, 10, value.get());
        slider.valueProperty().bindBidirectional(value);
        return slider;
    }

    private static void fill(GridPane table, OffersViewModel model) {
        table.getChildren().clear();
        String[] rows = {"", "Annual total (" + model.currencyProperty().get() + ")", "Pay score", "Leave score",
                "Remote score", "Benefits score", "Weighted score"};
        for (int r = 0; r < rows.length; r++) {
            table.add(new Label(rows[r]), 0, r);
        }
        int col = 1;
        for (OfferComparison.Column c : model.comparison()) {
            table.add(new Label(c.company() + " – " + c.title()), col, 0);
            table.add(new Label(String.format("%,.0f", c.annualTotal())), col, 1);
            table.add(new Label(String.format("%.0f", c.payScore())), col, 2);
            table.add(new Label(String.format("%.0f", c.leaveScore())), col, 3);
            table.add(new Label(String.format("%.0f", c.remoteScore())), col, 4);
            table.add(new Label(String.format("%.0f", c.benefitsScore())), col, 5);
            table.add(new Label(String.format("%.1f", c.weightedScore())), col, 6);
            col++;
        }
    }
}
