package dev.careeragent.core.task;

import java.time.Clock;
import java.util.function.Consumer;

/** Runs every task and its callbacks on the calling thread: for ViewModel tests and the CLI. */
public final class CurrentThreadTaskExecutor extends AbstractTaskExecutor {

    public CurrentThreadTaskExecutor() {
        this(error -> { });
    }

    public CurrentThreadTaskExecutor(Consumer<Exception> unhandledErrors) {
        super(Runnable::run, unhandledErrors, Clock.systemUTC());
    }

    @Override
    public <V> TaskHandle<V> execute(BackgroundTask<V> task) {
        TaskHandle<V> handle = prepare(task);
        run(handle);
        return handle;
    }

    @Override
    public void close() {
        // nothing runs after execute() returns
    }
}
