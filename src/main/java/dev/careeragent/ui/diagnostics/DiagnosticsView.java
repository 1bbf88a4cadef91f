package dev.careeragent.ui.diagnostics;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.careeragent.core.AppInfo;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.task.TaskTimings;
import dev.careeragent.diagnostics.DiagnosticsService.Snapshot;
import dev.careeragent.ui.common.Formats;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.nav.PageView;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** About/Diagnostics: versions, where the data lives, database health, recent errors and slow tasks. */
public final class DiagnosticsView implements PageView {

    private final DiagnosticsViewModel model;
    private final Node root;
    private int row;

    public DiagnosticsView(DiagnosticsViewModel model) {
        this.model = model;
        Label status = new Label();
        status.setId("diagnostics-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        root = Layouts.scrollingPage(
                Layouts.pageHeader("About " + AppInfo.NAME, "Versions, where your data lives, and what went wrong recently."),
                status,
                Layouts.section("Application", null, facts()),
                Layouts.section("Recent errors", "Copy the details into a bug report; select one or more first, "
                        + "or copy them all.", errors()),
                Layouts.section("Slowest recent tasks", null, slowTasks()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
    }

    private Node facts() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        fact(grid, "Version", "app-version", Snapshot::appVersion);
        fact(grid, "Java", "java-version", Snapshot::javaVersion);
        fact(grid, "Data folder", "data-folder", s -> s.dataFolder().toString());
        fact(grid, "Log folder", "log-folder", s -> s.logFolder().toString());
        fact(grid, "Database", "database-file", s -> s.databaseFile().toString());
        Label size = value("database-size");
        size.textProperty().bind(model.databaseSizeProperty());
        addRow(grid, "Database size", size);
        fact(grid, "Schema version", "schema-version", Snapshot::schemaVersion);
        HBox actions = new HBox(8, button("Open data folder", "open-data", model::openDataFolder),
                button("Open log folder", "open-log-folder", model::openLogFolder));
        return new VBox(16, grid, actions);
    }

    private void fact(GridPane grid, String name, String id, Function<Snapshot, String> read) {
        Label value = value(id);
        value.textProperty().bind(Bindings.createStringBinding(
                () -> model.snapshotProperty().get() == null ? "\u2013" : read.apply(model.snapshotProperty().get()),
                model.snapshotProperty()));
        addRow(grid, name, value);
    }

    private void addRow(GridPane grid, String name, Label value) {
        Label caption = new Label(name);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        grid.addRow(row++, caption, value);
    }

    private static Label value(String id) {
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        return value;
    }

    private Node errors() {
        ListView<RecentErrors.Entry> list = new ListView<>(model.errors());
        list.setId("recent-errors");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefHeight(170);
        list.setPlaceholder(Layouts.muted("No errors recorded since the app started."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RecentErrors.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : model.describe(entry));
                setTooltip(empty || entry == null ? null : new Tooltip(entry.logger()));
            }
        });
        Button copy = button("Copy details", "copy-error-details",
                () -> model.copyDetails(list.getSelectionModel().getSelectedItems()));
        copy.disableProperty().bind(Bindings.isEmpty(model.errors()));
        HBox actions = new HBox(8, copy);
        actions.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(10, list, actions);
    }

    private Node slowTasks() {
        TableView<TaskTimings.Timing> table = new TableView<>(model.slowestTasks());
        table.setId("slowest-tasks");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Layouts.muted("No background task has finished yet."));
        table.getColumns().add(column("Task", 320, t -> t.title()));
        table.getColumns().add(column("Took", 100, t -> Formats.duration(t.duration())));
        table.getColumns().add(column("Outcome", 110, t -> t.outcome().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("Finished", 170, t -> model.finishedAt(t)));
        return table;
    }

    private static TableColumn<TaskTimings.Timing, String> column(String title, double width,
                                                                  Function<TaskTimings.Timing, String> read) {
        TableColumn<TaskTimings.Timing, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(read.apply(cell.getValue())));
        return column;
    }

    private static Button button(String text, String id, Runnable command) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> command.run());
        return button;
    }
}
