package dev.careeragent.core.task;

/** Thrown from inside a task when the user cancelled it; the executor treats it as a normal outcome. */
public class TaskCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException(String title) {
        super("Cancelled: " + title);
    }
}
