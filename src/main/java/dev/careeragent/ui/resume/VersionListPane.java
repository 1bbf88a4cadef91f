package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.ui.common.Formats;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The stored versions, newest first, with the primary one marked; choose, rename, delete, make primary. */
final class VersionListPane extends VBox {

    private final ListView<VersionInfo> list = new ListView<>();

    VersionListPane(ResumeViewModel model) {
        super(10);
        getStyleClass().add("version-pane");
        Label title = new Label("Versions");
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        list.setId("version-list");
        list.setItems(model.versions());
        list.setCellFactory(v -> new VersionCell());
        list.setPlaceholder(new Label("No versions yet"));
        list.setPrefHeight(150);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && (model.currentProperty().get() == null || model.currentProperty().get().id() != chosen.id())) {
                model.select(chosen.id());
            }
        });
        model.currentProperty().addListener((obs, old, shown) -> selectShown(model));
        model.versions().addListener((javafx.collections.ListChangeListener<VersionInfo>) c -> selectShown(model));

        Button primary = action("Set primary", "version-primary", "Use this version for matching");
        primary.setOnAction(e -> selected().ifPresent(model::makePrimary));
        Button rename = action("Rename", "version-rename", "Give this version a name");
        rename.setOnAction(e -> selected().ifPresent(v -> askLabel(v).ifPresent(label -> model.rename(v, label))));
        Button delete = action("Delete", "version-delete", "Delete this version (you can undo)");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> selected().ifPresent(model::delete));
        HBox actions = new HBox(6, primary, rename, delete);
        actions.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        SkillsCard skills = new SkillsCard(model.currentProperty());
        VBox.setVgrow(skills, Priority.ALWAYS);
        getChildren().addAll(title, list, actions, skills);
    }

    private void selectShown(ResumeViewModel model) {
        if (model.currentProperty().get() == null) {
            return;
        }
        long id = model.currentProperty().get().id();
        model.versions().stream().filter(v -> v.id() == id).findFirst().ifPresent(v -> list.getSelectionModel().select(v));
    }

    private Optional<VersionInfo> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private Optional<String> askLabel(VersionInfo version) {
        TextInputDialog dialog = new TextInputDialog(version.label());
        dialog.setTitle("Rename version");
        dialog.setHeaderText("A name for this version, e.g. \u201cData roles\u201d");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Button action(String text, String id, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** Label, primary badge, and "date · file" under it. */
    private static final class VersionCell extends ListCell<VersionInfo> {
        @Override
        protected void updateItem(VersionInfo v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(v.label());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, name, spacer);
            top.setAlignment(Pos.CENTER_LEFT);
            if (v.primary()) {
                Label badge = new Label("Primary");
                badge.getStyleClass().add("primary-badge");
                badge.setMinWidth(Region.USE_PREF_SIZE);
                top.getChildren().add(badge);
            }
            String date = Formats.time(v.createdAt(), ZoneId.systemDefault()).substring(0, 16);
            // The file name on a line of its own: beside the date it ended in "..." in the default window.
            Label detail = new Label(v.parentId() == null ? date + "\n" + v.sourceFileName() : date + " \u00b7 edited");
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(2, top, detail);
            if (getListView() != null) {
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(34));
            }
            detail.setMinWidth(0);

            setGraphic(box);
            setText(null);
        }
    }
}
