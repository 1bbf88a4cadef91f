package dev.careeragent.core.task;

/** Observes every task of an executor, e.g. the status bar. Called on the executor's callback thread. */
public interface TaskListener {

    default void started(BackgroundTask<?> task) {
    }

    /** Progress or message changed; throttled to at most one call per task every ~50 ms. */
    default void progressed(BackgroundTask<?> task) {
    }

    default void finished(BackgroundTask<?> task, TaskOutcome outcome) {
    }
}
