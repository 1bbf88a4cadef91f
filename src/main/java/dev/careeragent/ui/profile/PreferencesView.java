package dev.careeragent.ui.profile;

import dev.careeragent.profile.RemotePreference;
import dev.careeragent.ui.common.Layouts;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Profile and preferences block of the Settings page, bound to {@link PreferencesViewModel}. */
public final class PreferencesView extends VBox {

    public PreferencesView(PreferencesViewModel model) {
        super(12);
        setId("preferences-settings");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ComboBox<RemotePreference> remote = new ComboBox<>();
        remote.getItems().setAll(RemotePreference.values());
        remote.valueProperty().bindBidirectional(model.remoteProperty());
        remote.setId("pref-remote");
        grid.addRow(0, new Label("Target titles"), field("pref-titles", model.titlesProperty(), "e.g. Java Developer, Backend Engineer"));
        grid.addRow(1, new Label("Places"), field("pref-places", model.placesProperty(), "e.g. Berlin; Munich"));
        grid.addRow(2, new Label("Work mode"), remote);
        grid.addRow(3, new Label("Salary floor a year"), field("pref-salary", model.salaryFloorProperty(), "e.g. 60000"));
        grid.addRow(4, new Label("Currency"), field("pref-currency", model.currencyProperty(), "e.g. EUR"));
        grid.addRow(5, new Label("Employment types"), field("pref-types", model.employmentTypesProperty(), "e.g. full-time"));
        Button save = new Button("Save preferences");
        save.setId("pref-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setId("pref-cancel");
        cancel.disableProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> model.reload());
        Label status = Layouts.muted("");
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(Layouts.muted("A job that misses a preference loses points; leave everything empty to score "
                + "jobs on your resume alone."), grid, new HBox(12, save, cancel), status);
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
