package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.Contact;
import dev.careeragent.ui.common.Forms;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Contacts at the selected application's company: list (double-click or Enter edits, Delete removes) and a form. */
final class ContactsPane extends VBox {

    ContactsPane(ContactsViewModel model) {
        super(6);
        setPadding(new Insets(6, 0, 0, 0));
        ListView<Contact> list = new ListView<>(model.contacts());
        list.setId("contacts-list");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label("No contacts at this company yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + (c.role() == null ? "" : " – " + c.role())
                        + (c.email() == null && c.phone() == null ? "" : "\n" + join(c.email(), c.phone())));
            }
        });
        ListGestures.openAndDelete(list, model::edit, model::remove);
        Button edit = new Button("Edit");
        edit.setId("contact-edit");
        edit.setOnAction(e -> model.edit(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove");
        remove.setId("contact-remove");
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label("Name"), Forms.field("contact-name", model.nameProperty(), "Ann Lee"));
        form.addRow(1, new Label("Role"), Forms.field("contact-role", model.roleProperty(), "Recruiter"));
        form.addRow(2, new Label("Email"), Forms.field("contact-email", model.emailProperty(), "ann@acme.example"));
        form.addRow(3, new Label("Phone"), Forms.field("contact-phone", model.phoneProperty(), "+1 555 0100"));
        form.addRow(4, new Label("Profile"), Forms.field("contact-profile", model.profileUrlProperty(), "https://…"));
        Button save = new Button();
        save.setId("contact-save");
        save.textProperty().bind(model.editingProperty().map(c -> "Save changes").orElse("Add contact"));
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        Button clear = new Button("New");
        clear.setId("contact-new");
        clear.setOnAction(e -> model.clearForm());
        Button undo = new Button("Undo remove");
        undo.setId("contact-undo");
        undo.disableProperty().bind(model.lastRemovedProperty().isNull());
        undo.setOnAction(e -> model.undoRemove());
        Label message = new Label();
        message.setId("contacts-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(list, new HBox(6, edit, remove, undo), form, new HBox(6, save, clear), message);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " · " + b;
    }
}
