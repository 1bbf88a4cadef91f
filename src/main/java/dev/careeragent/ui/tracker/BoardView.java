package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The board: a virtualised list per status. Drag a card onto another column (a full press-drag-release gesture),
 * or select it and press Ctrl+Right / Ctrl+Left to move it one column; Ctrl+Z (on the page) undoes.
 */
final class BoardView extends ScrollPane {

    private Application dragged;

    BoardView(ApplicationsViewModel model) {
        HBox lanes = new HBox(8);
        lanes.setPadding(new Insets(8));
        for (ApplicationStatus status : ApplicationStatus.values()) {
            lanes.getChildren().add(lane(model, status));
        }
        setContent(lanes);
        setFitToHeight(true);
    }

    private VBox lane(ApplicationsViewModel model, ApplicationStatus status) {
        ListView<Application> list = new ListView<>(model.column(status));
        list.setId("lane-" + status.name());
        list.setPrefWidth(180);
        list.setPlaceholder(new Label("—"));
        list.setCellFactory(v -> card());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            Application shown = list.getSelectionModel().getSelectedItem();
            if (b == null || b.status() != status) {
                list.getSelectionModel().clearSelection();
            } else if (shown == null || !shown.id().equals(b.id())) {
                list.getItems().stream().filter(card -> card.id().equals(b.id())).findFirst().ifPresent(card -> {
                    list.getSelectionModel().select(card);
                    list.scrollTo(card);
                });
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                model.moveSelected(e.getCode() == KeyCode.RIGHT ? 1 : -1);
                e.consume();
            }
        });
        list.setOnMouseDragReleased(e -> {
            if (dragged != null && dragged.status() != status) {
                model.move(dragged.id(), status);
            }
            dragged = null;
        });
        Label header = new Label();
        header.textProperty().bind(javafx.beans.binding.Bindings.size(model.column(status)).asString(status.label() + " (%d)"));
        header.getStyleClass().add("title-4");
        VBox lane = new VBox(4, header, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return lane;
    }

    private ListCell<Application> card() {
        ListCell<Application> cell = new ListCell<>() {
            @Override
            protected void updateItem(Application a, boolean isEmpty) {
                super.updateItem(a, isEmpty);
                setText(isEmpty || a == null ? null : a.company() + "\n" + a.title()
                        + (a.appliedOn() == null ? "" : "\napplied " + a.appliedOn()));
                getStyleClass().remove("board-card");
                if (!isEmpty && a != null) {
                    getStyleClass().add("board-card");
                }
            }
        };
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null) {
                dragged = cell.getItem();
                cell.startFullDrag();
            }
        });
        return cell;
    }
}
