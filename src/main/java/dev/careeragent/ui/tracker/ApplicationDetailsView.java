package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.StatusChange;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The selected application beside the board: history and notes, contacts, files and the offer, one tab each. */
final class ApplicationDetailsView extends VBox {

    ApplicationDetailsView(ApplicationsViewModel model, ContactsViewModel contacts, AttachmentsViewModel files,
            OfferFormViewModel offer, Supplier<Optional<Path>> chooseFile) {
        super(8);
        setId("application-details");
        Label title = new Label("Select an application");
        title.setId("application-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        model.selectedProperty().addListener((o, a, b) -> title.setText(b == null ? "Select an application"
                : b.company() + " – " + b.title() + " (" + b.status().label() + ")"));
        TabPane tabs = new TabPane(tab("Notes", "details-notes", notes(model)), tab("People", "details-contacts",
                new ContactsPane(contacts)), tab("Files", "details-files", new AttachmentsPane(files, chooseFile)),
                tab("Offer", "details-offer", new OfferForm(offer)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(model.selectedProperty().isNull());
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, tabs);
        setPadding(new Insets(8));
        setPrefWidth(310);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    private static VBox notes(ApplicationsViewModel model) {
        ListView<StatusChange> history = new ListView<>(model.selectedHistory());
        history.setId("application-history");
        history.setPrefHeight(180);
        history.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StatusChange h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.at().atZone(ZoneId.systemDefault()).toLocalDate() + "  "
                        + h.to().label() + (h.note() == null ? "" : " — " + h.note()));
            }
        });
        TextArea notes = new TextArea();
        notes.setId("application-notes");
        notes.setPromptText("Notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(6);
        Button save = new Button("Save notes");
        save.setOnAction(e -> model.saveNotes(notes.getText()));
        model.selectedProperty().addListener((o, a, b) -> notes.setText(b == null || b.notes() == null ? "" : b.notes()));
        Label hint = new Label("Drag cards between columns, or select one and press Ctrl+→ / Ctrl+←. Ctrl+Z undoes."
                + " Applied with no news for " + model.noAnswerAfterDays() + " days: consider No answer.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, new Label("History"), history, notes, save, hint);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }
}
