package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.compare.FieldChange;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Two versions side by side as a list of field changes: added (green), removed (red), changed (old \u2192 new). */
final class ComparePane extends ScrollPane {

    ComparePane(CompareViewModel model, ObservableList<VersionInfo> versions) {
        ComboBox<VersionInfo> before = chooser(versions, "compare-before", "Older version");
        before.valueProperty().bindBidirectional(model.beforeProperty());
        ComboBox<VersionInfo> after = chooser(versions, "compare-after", "Newer version");
        after.valueProperty().bindBidirectional(model.afterProperty());
        Button compare = new Button("Compare");
        compare.setId("compare-run");
        compare.getStyleClass().add(Styles.ACCENT);
        compare.setOnAction(e -> model.compare());
        HBox pick = new HBox(10, before, new Label("\u2192"), after, compare);
        pick.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        VBox changes = AtsPanel.rows(model.changes(), ComparePane::change);
        changes.setId("compare-changes");
        VBox page = new VBox(16, AtsPanel.card("Compare two versions", pick, summary), changes);
        page.getStyleClass().add("tab-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page-scroll");
    }

    private static ComboBox<VersionInfo> chooser(ObservableList<VersionInfo> versions, String id, String prompt) {
        ComboBox<VersionInfo> box = new ComboBox<>(versions);
        box.setId(id);
        box.setPromptText(prompt);
        box.setPrefWidth(240);
        box.setButtonCell(new NameCell());
        box.setCellFactory(v -> new NameCell());
        return box;
    }

    private static Node change(FieldChange c) {
        Label kind = new Label(switch (c.kind()) {
            case ADDED -> "Added";
            case REMOVED -> "Removed";
            case CHANGED -> "Changed";
        });
        kind.getStyleClass().addAll("change-kind", "change-" + c.kind().name().toLowerCase(Locale.ROOT));
        kind.setMinWidth(72);
        Label where = new Label(c.section() + " \u00b7 " + c.field());
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        VBox text = new VBox(2, where);
        if (c.before() != null) {
            Label old = AtsPanel.wrapped(c.before());
            old.getStyleClass().add("change-before");
            text.getChildren().add(old);
        }
        if (c.after() != null) {
            text.getChildren().add(AtsPanel.wrapped(c.after()));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, kind, text);
        row.getStyleClass().add("change-row");
        return row;
    }

    private static final class NameCell extends ListCell<VersionInfo> {
        @Override
        protected void updateItem(VersionInfo v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : v.label() + (v.primary() ? "  (primary)" : ""));
        }
    }
}
