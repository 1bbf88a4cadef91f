package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.StatusChange;
import dev.careeragent.ui.nav.PageView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Applications page: search and filter, Board / Table tabs, and the selected application's history and notes. */
public final class ApplicationsView implements PageView {

    private final ApplicationsViewModel model;
    private final BorderPane root = new BorderPane();

    public ApplicationsView(ApplicationsViewModel model, Tab interviewsTab, Tab offersTab) {
        this.model = model;
        TextField search = new TextField();
        search.setId("applications-search");
        search.setPromptText("Search company, title, notes…");
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<ApplicationStatus> filter = new ComboBox<>();
        filter.getItems().add(null);
        filter.getItems().addAll(ApplicationStatus.values());
        filter.setPromptText("Any status");
        filter.valueProperty().bindBidirectional(model.statusFilterProperty());
        Button undo = new Button("Undo");
        undo.setId("applications-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        HBox toolbar = new HBox(8, search, filter, undo, message);
        HBox.setHgrow(search, Priority.ALWAYS);
        toolbar.setPadding(new Insets(8));

        TabPane tabs = new TabPane(new Tab("Board", new BoardView(model)), new Tab("Table", new ApplicationsTable(model)),
                interviewsTab, offersTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(toolbar);
        root.setCenter(tabs);
        root.setRight(details());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.isVisible() && model.canUndoProperty().get()) {
                        model.undo();
                    }
                });
            }
        });
    }

    private Node details() {
        Label title = new Label("Select an application");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        ListView<StatusChange> history = new ListView<>(model.selectedHistory());
        history.setId("application-history");
        history.setPrefHeight(180);
        history.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StatusChange h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.at().atZone(java.time.ZoneId.systemDefault()).toLocalDate() + "  "
                        + h.to().label() + (h.note() == null ? "" : " — " + h.note()));
            }
        });
        TextArea notes = new TextArea();
        notes.setPromptText("Notes");
        notes.setWrapText(true);
        Button save = new Button("Save notes");
        save.setOnAction(e -> model.saveNotes(notes.getText()));
        model.selectedProperty().addListener((o, a, b) -> {
            title.setText(b == null ? "Select an application" : b.company() + " – " + b.title() + " (" + b.status().label() + ")");
            notes.setText(b == null ? "" : b.notes() == null ? "" : b.notes());
        });
        save.disableProperty().bind(model.selectedProperty().isNull());
        Label hint = new Label("Drag cards between columns, or select one and press Ctrl+→ / Ctrl+←. Ctrl+Z undoes."
                + " Applied with no news for " + model.noAnswerAfterDays() + " days: consider No answer.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, title, new Label("History"), history, notes, save, hint);
        box.setPadding(new Insets(8));
        box.setPrefWidth(280);
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
    }
}
