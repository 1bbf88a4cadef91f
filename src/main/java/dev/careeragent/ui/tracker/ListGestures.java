package dev.careeragent.ui.tracker;

import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** The keyboard and mouse of the details lists: double-click or Enter opens the selected item, Delete removes it. */
final class ListGestures {

    private ListGestures() {
    }

    static <T> void openAndDelete(ListView<T> list, Consumer<T> open, Consumer<T> delete) {
        list.setOnMouseClicked(e -> {
            T chosen = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null) {
                open.accept(chosen);
            }
        });
        list.setOnKeyPressed(e -> {
            T chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getCode() == KeyCode.ENTER) {
                open.accept(chosen);
            } else if (chosen != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                delete.accept(chosen);
            }
        });
    }
}
