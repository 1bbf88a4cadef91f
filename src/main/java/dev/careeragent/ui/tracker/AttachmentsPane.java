package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.Attachment;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Files of the selected application: attach (button or drop), open (double-click, Enter), remove (Delete) and undo. */
final class AttachmentsPane extends VBox {

    AttachmentsPane(AttachmentsViewModel model, Supplier<Optional<Path>> chooseFile) {
        super(6);
        setPadding(new Insets(6, 0, 0, 0));
        ListView<Attachment> list = new ListView<>(model.attachments());
        list.setId("attachments-list");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("No files yet. Attach one or drop it here."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.fileName() + "\nadded "
                        + a.addedAt().atZone(ZoneId.systemDefault()).toLocalDate());
            }
        });
        ListGestures.openAndDelete(list, model::open, model::remove);
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        list.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                e.getDragboard().getFiles().stream().map(File::toPath).forEach(model::attach);
            }
            e.setDropCompleted(files);
            e.consume();
        });
        Button attach = new Button("Attach file…");
        attach.setId("attachment-add");
        attach.setOnAction(e -> chooseFile.get().ifPresent(model::attach));
        Button open = new Button("Open");
        open.setId("attachment-open");
        open.setOnAction(e -> model.open(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove");
        remove.setId("attachment-remove");
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button undo = new Button("Undo remove");
        undo.setId("attachment-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Label message = new Label();
        message.setId("attachments-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(list, new FlowPane(6, 6, attach, open, remove, undo), message);
    }
}
