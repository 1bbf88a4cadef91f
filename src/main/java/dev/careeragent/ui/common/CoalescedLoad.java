package dev.careeragent.ui.common;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A ViewModel's background reload that never runs twice at once and never misses a change: a reload asked for while
 * one runs is done once, right after it (the running one may have read the data before the change).
 * Call {@link #run()} on the UI thread.
 */
public final class CoalescedLoad<T> {

    private final TaskExecutor tasks;
    private final String title;
    private final Callable<T> work;
    private final Consumer<T> onSuccess;
    private final Consumer<Exception> onFailure;
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private boolean again;

    public CoalescedLoad(TaskExecutor tasks, String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        this.tasks = tasks;
        this.title = title;
        this.work = work;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
    }

    public void run() {
        if (loading.get()) {
            again = true;
            return;
        }
        loading.set(true);
        tasks.execute(BackgroundTask.of(title, work).onSuccess(onSuccess).onFailure(onFailure).onFinished(() -> {
            loading.set(false);
            if (again) {
                again = false;
                run();
            }
        }));
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
