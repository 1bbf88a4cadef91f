package dev.careeragent.core.task;

import java.util.concurrent.CompletableFuture;

/** A started task: cancel it, or wait for its value (tests and the CLI wait; the UI never does). */
public record TaskHandle<V>(BackgroundTask<V> task, CompletableFuture<V> result) {

    public void cancel() {
        task.cancel();
    }
}
