package dev.careeragent.ui.profile;

import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.ui.common.Forms;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.common.SaveCancelBar;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Profile and preferences block of the Settings page (and of the first-run guide, which hides the weights),
 * bound to {@link PreferencesViewModel}.
 */
public final class PreferencesView extends VBox {

    public PreferencesView(PreferencesViewModel model) {
        super(12);
        setId("preferences-settings");
        GridPane grid = Forms.grid();
        ComboBox<RemotePreference> remote = new ComboBox<>();
        remote.getItems().setAll(RemotePreference.values());
        remote.valueProperty().bindBidirectional(model.remoteProperty());
        remote.setId("pref-remote");
        List<TargetLevel> levels = Arrays.stream(TargetLevel.values()).filter(l -> l != TargetLevel.ANY).toList();
        ComboBox<TargetLevel> level = Forms.choice("pref-level", levels, model.levelProperty(), TargetLevel.ANY.label(),
                TargetLevel::label);
        grid.addRow(0, new Label("Target titles"), field("pref-titles", model.titlesProperty(), "e.g. Java Developer, Backend Engineer"));
        grid.addRow(1, new Label("Level"), level);
        grid.addRow(2, new Label("Places"), field("pref-places", model.placesProperty(), "e.g. Berlin; Munich"));
        grid.addRow(3, new Label("Work mode"), remote);
        grid.addRow(4, new Label("Salary floor a year"), field("pref-salary", model.salaryFloorProperty(), "e.g. 60000"));
        grid.addRow(5, new Label("Currency"), field("pref-currency", model.currencyProperty(), "e.g. EUR"));
        grid.addRow(6, new Label("Employment types"), field("pref-types", model.employmentTypesProperty(), "e.g. full-time"));
        grid.addRow(7, new Label("Companies to avoid"), field("pref-avoid-companies", model.avoidCompaniesProperty(),
                "e.g. Initech; Acme, Inc."));
        grid.addRow(8, new Label("Words to avoid"), field("pref-avoid-words", model.avoidWordsProperty(), "e.g. crypto, gambling"));
        Label status = Layouts.muted("");
        status.setId("pref-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(Layouts.muted("A job that misses a preference loses points; one from a company or with a word "
                + "you avoid is hidden. Leave everything empty to score jobs on your resume alone."), grid, weights(model),
                new SaveCancelBar("pref-save", "pref-cancel", model.form(), model.busyProperty(), model::save, model::reload,
                        status));
    }

    /** How much each part of the score counts, relative to the others. */
    private static VBox weights(PreferencesViewModel model) {
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label("Skills"), spinner("weight-skills", model.skillsWeightProperty()),
                new Label("Similar meaning"), spinner("weight-meaning", model.meaningWeightProperty()));
        grid.addRow(1, new Label("Title and level"), spinner("weight-fit", model.fitWeightProperty()),
                new Label("Preferences"), spinner("weight-preferences", model.preferencesWeightProperty()));
        Button reset = new Button("Use the app's weights");
        reset.setId("weight-reset");
        reset.setOnAction(event -> model.resetWeights());
        VBox box = new VBox(8, Forms.heading("How much each part of the score counts"), grid, reset);
        box.setId("pref-weights");
        return box;
    }

    private static Spinner<Integer> spinner(String id, ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>(0, 100, value.get() == null ? 0 : value.get(), 5);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        spinner.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer weight) {
                return weight == null ? "" : weight.toString();
            }

            @Override
            public Integer fromString(String text) { // typing that is not a number keeps the weight shown
                String digits = text == null ? "" : text.strip();
                return digits.matches("\\d{1,3}") ? Integer.valueOf(digits) : spinner.getValue();
            }
        });
        return spinner;
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
