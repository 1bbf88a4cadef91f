package dev.careeragent.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The small building blocks of the Settings sections: grids, headings, bound fields and check boxes. */
public final class Forms {

    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }

    public static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    public static TextField field(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(prompt.length() <= 5 ? 5 : 22);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    public static HBox labelled(String caption, Node field) {
        return labelled(new Label(caption), field);
    }

    public static HBox labelled(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A status line bound to a message, green when {@code ok} is true and red otherwise. */
    public static Label status(String id, StringProperty message, BooleanProperty ok) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        status.textProperty().bind(message);
        ok.addListener((obs, old, good) -> {
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            status.getStyleClass().add(good ? Styles.SUCCESS : Styles.DANGER);
        });
        status.getStyleClass().add(Styles.DANGER);
        return status;
    }

    /** A drop-down of {@code values} plus "none" (null, shown as {@code none}), bound both ways to {@code property}. */
    public static <T> ComboBox<T> choice(String id, List<T> values, ObjectProperty<T> property, String none,
            Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(converter(label, none));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Shows values with {@code label} and null as {@code none}; for choices the user picks, never types. */
    public static <T> StringConverter<T> converter(Function<T, String> label, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
