package dev.careeragent.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One line for people ("No internet connection") with the full story behind a "Details" link, so a failure
 * never fills the page with paragraphs. The link shows only when the details say more than the line.
 */
public final class Disclosure extends VBox {

    public Disclosure(ObservableStringValue headline, ObservableStringValue details) {
        super(2);
        Label line = new Label();
        line.getStyleClass().add("disclosure-headline");
        line.textProperty().bind(headline);
        line.setWrapText(true);
        Label more = Layouts.muted("");
        more.getStyleClass().add("disclosure-details");
        more.textProperty().bind(details);
        more.setWrapText(true);
        more.setVisible(false);
        more.managedProperty().bind(more.visibleProperty());
        Hyperlink toggle = new Hyperlink("Details");
        toggle.getStyleClass().add("disclosure-toggle");
        toggle.setOnAction(e -> {
            more.setVisible(!more.isVisible());
            toggle.setText(more.isVisible() ? "Hide details" : "Details");
        });
        toggle.visibleProperty().bind(Bindings.createBooleanBinding(() -> details.get() != null
                && !details.get().isBlank() && !details.get().strip().equals(headline.get()), details, headline));
        toggle.managedProperty().bind(toggle.visibleProperty());
        HBox top = new HBox(6, line, toggle);
        top.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(top, more);
    }

    public Disclosure(String headline, String details) {
        this(new javafx.beans.property.SimpleStringProperty(headline), new javafx.beans.property.SimpleStringProperty(details));
    }
}
