package dev.careeragent.ui.activity;

import atlantafx.base.theme.Styles;
import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.ui.common.Formats;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.nav.PageView;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Activity page: scheduled jobs with Run now and pause, pause all, and the run history with details. */
public final class ActivityView implements PageView {

    private final ActivityViewModel model;
    private final Node root;

    public ActivityView(ActivityViewModel model) {
        this.model = model;
        Button pauseAll = new Button();
        pauseAll.setId("pause-all");
        pauseAll.textProperty().bind(model.allPausedProperty().map(paused -> paused ? "Resume all" : "Pause all"));
        pauseAll.setOnAction(e -> model.togglePauseAll());
        Label paused = new Label("All background work is paused.");
        paused.setId("paused-banner");
        paused.getStyleClass().add(Styles.WARNING);
        paused.visibleProperty().bind(model.allPausedProperty());
        paused.managedProperty().bind(paused.visibleProperty());
        Label message = new Label();
        message.setId("activity-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(12, paused, message, spacer, pauseAll);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        TextArea details = new TextArea();
        details.setId("run-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        details.getStyleClass().add("details-text");
        details.setPromptText("Select a run to see its details and errors.");
        details.textProperty().bind(model.detailsProperty());

        root = Layouts.scrollingPage(
                Layouts.pageHeader("Activity", "What Career Agent does in the background: scheduled jobs and their runs."),
                toolbar,
                Layouts.section("Jobs", "Each job runs on its own schedule; missed runs catch up once when the app starts.",
                        jobsTable()),
                Layouts.section("Run history", "Newest first. Select a run for its details.", runsWithIdleCount()),
                Layouts.section("Run details", null, details));
    }

    private TableView<JobStatus> jobsTable() {
        TableView<JobStatus> table = new TableView<>(model.jobs());
        table.setId("jobs-table");
        table.setPlaceholder(new Label("No background jobs yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.getColumns().add(text("Job", JobStatus::name));
        table.getColumns().add(text("Schedule", JobStatus::schedule));
        table.getColumns().add(text("Next run", j -> j.running() ? "running now" : time(j.nextDue())));
        table.getColumns().add(text("Last outcome", j -> j.lastOutcome() == null ? "never ran"
                : outcome(j.lastOutcome()) + (j.consecutiveFailures() > 1 ? " (" + j.consecutiveFailures() + " in a row)" : "")));
        TableColumn<JobStatus, JobStatus> pausedColumn = new TableColumn<>("Paused");
        pausedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pausedColumn.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(JobStatus job, boolean empty) {
                super.updateItem(job, empty);
                if (empty || job == null) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(job.paused());
                box.setId("pause-" + job.key().replace(':', '-'));
                box.setOnAction(e -> model.setPaused(job, box.isSelected()));
                setGraphic(box);
            }
        });
        TableColumn<JobStatus, JobStatus> runColumn = new TableColumn<>("");
        runColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        runColumn.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("Run now");

            @Override
            protected void updateItem(JobStatus job, boolean empty) {
                super.updateItem(job, empty);
                if (empty || job == null) {
                    setGraphic(null);
                    return;
                }
                button.getStyleClass().setAll("button", Styles.SMALL, "run-now");
                button.setId("run-" + job.key().replace(':', '-'));
                button.setDisable(job.running());
                button.setOnAction(e -> model.runNow(job));
                setGraphic(button);
            }
        });
        table.getColumns().add(pausedColumn);
        table.getColumns().add(runColumn);
        return table;
    }

    private Node runsWithIdleCount() {
        Label idle = Layouts.muted("");
        idle.setId("idle-runs");
        idle.textProperty().bind(model.idleRunsProperty());
        idle.visibleProperty().bind(model.idleRunsProperty().isNotEmpty());
        idle.managedProperty().bind(idle.visibleProperty());
        return new VBox(6, runsTable(), idle);
    }

    private TableView<RunRecord> runsTable() {
        TableView<RunRecord> table = new TableView<>(model.runs());
        table.setId("runs-table");
        table.setPlaceholder(new Label("No runs yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        table.getColumns().add(text("Started", r -> time(r.startedAt())));
        table.getColumns().add(text("Job", RunRecord::jobName));
        table.getColumns().add(text("Outcome", r -> r.outcome() == null ? "running" : outcome(r.outcome())));
        table.getColumns().add(text("Found / new", r -> r.counts().found() + " / " + r.counts().newCount()));
        table.getColumns().add(text("Message", r -> r.error() != null ? r.error() : r.message() == null ? "" : r.message()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> {
            if (run != null) {
                model.selectedRunProperty().set(run);
            }
        });
        model.selectedRunProperty().addListener((obs, old, run) -> {
            if (run != null && table.getSelectionModel().getSelectedItem() != run) {
                table.getSelectionModel().select(run);
            }
        });
        return table;
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private String time(Instant instant) {
        return instant == null ? "\u2013" : Formats.time(instant, model.zone());
    }

    private static String outcome(RunOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            case INTERRUPTED -> "interrupted";
            case SKIPPED -> "nothing to do";
        };
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
