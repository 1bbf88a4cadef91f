package dev.careeragent.ui.shell;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.core.task.TaskListener;
import dev.careeragent.core.task.TaskOutcome;
import dev.careeragent.schedule.RunFinished;
import dev.careeragent.schedule.model.RunOutcome;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The running background tasks for the status bar: the oldest one in detail (title, progress, message),
 * the others as a count. Updated by the executor's listener on its callback thread (the FX thread in the app).
 */
public final class TaskStatusViewModel {

    private static final String READY = "Ready";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty idle = new SimpleStringProperty(READY);
    private String failedJob;

    /** Also says when a run failed ("Search: java failed at 14:02: No internet connection") until it runs well again. */
    public TaskStatusViewModel(TaskExecutor tasks, EventBus events, Executor uiThread) {
        this(tasks);
        events.subscribe(RunFinished.class, run -> uiThread.execute(() -> lastRun(run)));
    }

    private void lastRun(RunFinished run) {
        if (run.outcome() == RunOutcome.FAILED) {
            failedJob = run.jobKey();
            idle.set(run.jobName() + " failed at " + CLOCK.format(run.endedAt().atZone(ZoneId.systemDefault())) + ": "
                    + (run.message() == null ? "see Activity" : run.message().lines().findFirst().orElse("")));
        } else if (run.jobKey().equals(failedJob) && run.outcome() == RunOutcome.SUCCEEDED) {
            failedJob = null;
            idle.set(READY);
        }
    }

    public TaskStatusViewModel(TaskExecutor tasks) {
        running.setAll(tasks.running());
        tasks.addListener(new TaskListener() {
            @Override
            public void started(BackgroundTask<?> task) {
                if (!running.contains(task)) {
                    running.add(task);
                }
                refresh();
            }

            @Override
            public void progressed(BackgroundTask<?> task) {
                refresh();
            }

            @Override
            public void finished(BackgroundTask<?> task, TaskOutcome outcome) {
                running.remove(task);
                refresh();
            }
        });
        refresh();
    }

    /** Cancels the task shown in detail. */
    public void cancelCurrent() {
        if (!running.isEmpty()) {
            cancel(running.get(0));
        }
    }

    public void cancel(BackgroundTask<?> task) {
        task.cancel();
        if (!running.isEmpty() && running.get(0) == task) {
            message.set("Cancelling…");
        }
    }

    private void refresh() {
        count.set(running.size());
        busy.set(!running.isEmpty());
        if (running.isEmpty()) {
            title.set("");
            message.set("");
            progress.set(0);
            return;
        }
        BackgroundTask<?> current = running.get(0);
        title.set(current.title());
        message.set(current.isCancelled() ? "Cancelling…" : current.message());
        progress.set(current.progress());
    }

    public ObservableList<BackgroundTask<?>> running() { return running; }
    public StringProperty titleProperty() { return title; }
    public StringProperty messageProperty() { return message; }
    public DoubleProperty progressProperty() { return progress; }
    public IntegerProperty countProperty() { return count; }
    public BooleanProperty busyProperty() { return busy; }
    /** "Ready", or the last failed run while nothing runs. */
    public StringProperty idleProperty() { return idle; }
}
