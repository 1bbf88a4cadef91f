package dev.careeragent.ui.shell;

import atlantafx.base.theme.Styles;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: "Ready", or the running task with its progress, a cancel button and a count of the others. */
final class StatusBar extends HBox {

    StatusBar(TaskStatusViewModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label idle = new Label();
        idle.setId("status-idle");
        idle.textProperty().bind(model.idleProperty());
        idle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        idle.visibleProperty().bind(model.busyProperty().not());
        idle.managedProperty().bind(idle.visibleProperty());

        Label title = new Label();
        title.setId("task-title");
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        title.textProperty().bind(model.titleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("task-progress");
        bar.getStyleClass().add(Styles.SMALL);
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.progressProperty());

        Label message = new Label();
        message.setId("task-message");
        message.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(Region.USE_PREF_SIZE);

        Button cancel = new Button(null, Icons.of(Icons.CLOSE, 14));
        cancel.setId("cancel-task");
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip("Cancel this task"));
        cancel.setOnAction(e -> model.cancelCurrent());

        MenuButton others = othersMenu(model);

        HBox task = new HBox(10, title, bar, message, others, cancel);
        task.setAlignment(Pos.CENTER_LEFT);
        task.visibleProperty().bind(model.busyProperty());
        task.managedProperty().bind(task.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(idle, spacer, task);
    }

    /** A badge "+N" listing every running task, each with its own cancel item. */
    private static MenuButton othersMenu(TaskStatusViewModel model) {
        MenuButton badge = new MenuButton();
        badge.setId("task-count");
        badge.getStyleClass().addAll("task-count", Styles.SMALL, Styles.FLAT);
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> "+" + (model.countProperty().get() - 1), model.countProperty()));
        badge.visibleProperty().bind(model.countProperty().greaterThan(1));
        badge.managedProperty().bind(badge.visibleProperty());
        model.running().addListener((ListChangeListener<BackgroundTask<?>>) change -> {
            badge.getItems().clear();
            for (BackgroundTask<?> running : model.running()) {
                MenuItem item = new MenuItem("Cancel \u201c" + running.title() + "\u201d");
                item.setOnAction(e -> model.cancel(running));
                badge.getItems().add(item);
            }
        });
        return badge;
    }
}
