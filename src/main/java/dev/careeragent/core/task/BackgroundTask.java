package dev.careeragent.core.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A unit of background work that reports progress and can be cancelled (JabRef's BackgroundTask).
 * Callbacks run on the executor's callback thread: the FX thread in the app, the caller in tests.
 */
public abstract class BackgroundTask<V> {

    private final String title;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile double progress = -1;
    private volatile String message = "";
    private volatile ProgressSink progressSink = ProgressSink.NONE;
    private Consumer<V> onSuccess = value -> { };
    private Consumer<Exception> onFailure;
    private Runnable onFinished = () -> { };

    protected BackgroundTask(String title) {
        this.title = Objects.requireNonNull(title);
    }

    /** Wraps a plain callable; use {@link Work} when the work reports progress. */
    public static <V> BackgroundTask<V> of(String title, Callable<V> work) {
        return new BackgroundTask<>(title) {
            @Override
            protected V call() throws Exception {
                return work.call();
            }
        };
    }

    /** Wraps work that receives its task, so it can report progress and check for cancellation. */
    public static <V> BackgroundTask<V> of(String title, Work<V> work) {
        return new BackgroundTask<>(title) {
            @Override
            protected V call() throws Exception {
                return work.run(this);
            }
        };
    }

    /** Work that can report progress through its task. */
    @FunctionalInterface
    public interface Work<V> {
        V run(BackgroundTask<V> task) throws Exception;
    }

    protected abstract V call() throws Exception;

    public String title() {
        return title;
    }

    /** Fraction done in [0, 1], or -1 while unknown. */
    public double progress() {
        return progress;
    }

    public String message() {
        return message;
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }

    /** Throws {@link TaskCancelledException} when the user cancelled; call it between steps of long work. */
    public void checkCancelled() {
        if (isCancelled()) {
            throw new TaskCancelledException(title);
        }
    }

    public void updateProgress(double done, double total) {
        progress = total <= 0 ? -1 : Math.max(0, Math.min(1, done / total));
        progressSink.changed(this);
    }

    public void updateMessage(String text) {
        message = text == null ? "" : text;
        progressSink.changed(this);
    }

    public BackgroundTask<V> onSuccess(Consumer<V> callback) {
        onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Exception> callback) {
        onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onFinished(Runnable callback) {
        onFinished = Objects.requireNonNull(callback);
        return this;
    }

    V run() throws Exception {
        return call();
    }

    void attach(ProgressSink sink) {
        progressSink = sink;
    }

    void succeeded(V value) {
        onSuccess.accept(value);
    }

    /** Returns false when the task has no failure handler, so the executor reports the error itself. */
    boolean failed(Exception error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }

    void finished() {
        onFinished.run();
    }

    /** Receives progress changes of a running task. */
    interface ProgressSink {
        ProgressSink NONE = task -> { };

        void changed(BackgroundTask<?> task);
    }
}
