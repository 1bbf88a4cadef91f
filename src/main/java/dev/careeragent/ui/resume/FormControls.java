package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Labelled, two-way bound inputs for the resume editor. */
final class FormControls {

    private FormControls() {
    }

    static VBox field(String caption, StringProperty value, String id) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(value);
        input.setId(id);
        return labelled(caption, input);
    }

    /** A multi-line input; {@code hint} says how to write it (e.g. "One bullet a line"). */
    static VBox area(String caption, String hint, StringProperty value, int rows, String id) {
        TextArea input = new TextArea();
        input.textProperty().bindBidirectional(value);
        input.setWrapText(true);
        input.setPrefRowCount(rows);
        input.setId(id);
        if (hint != null) {
            input.setPromptText(hint);
        }
        return labelled(caption, input);
    }

    static CheckBox check(String caption, BooleanProperty value) {
        CheckBox box = new CheckBox(caption);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** Inputs side by side in equal columns, wrapping to a new row after {@code columns}. */
    static GridPane grid(int columns, Node... cells) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < cells.length; i++) {
            grid.add(cells[i], i % columns, i / columns);
        }
        return grid;
    }

    private static VBox labelled(String caption, Node input) {
        Label label = new Label(caption);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setLabelFor(input);
        return new VBox(4, label, input);
    }
}
