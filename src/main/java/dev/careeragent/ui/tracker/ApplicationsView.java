package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.ui.nav.PageView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The Applications page: search and filter, Board / Table tabs, and the selected application's history and notes. */
public final class ApplicationsView implements PageView {

    private final ApplicationsViewModel model;
    private final BorderPane root = new BorderPane();

    public ApplicationsView(ApplicationsViewModel model, Node details, Tab interviewsTab, Tab offersTab) {
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
        tabs.setMinWidth(0); // a wide tab shrinks (and scrolls) instead of pushing the details out of the window
        root.setTop(toolbar);
        root.setCenter(tabs);
        root.setRight(details);
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

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
    }
}
