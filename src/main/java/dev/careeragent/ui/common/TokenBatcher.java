package dev.careeragent.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands streamed tokens to the UI thread in batches: tokens arriving while a hand-over is queued join it, so a
 * fast stream costs the UI thread one small update per frame rather than one per token.
 */
public final class TokenBatcher implements Consumer<String> {

    private final StringBuilder pending = new StringBuilder();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Executor ui;
    private final Consumer<String> append;

    public TokenBatcher(Executor ui, Consumer<String> append) {
        this.ui = ui;
        this.append = append;
    }

    @Override
    public void accept(String token) {
        synchronized (pending) {
            pending.append(token);
        }
        if (queued.compareAndSet(false, true)) {
            ui.execute(this::flush);
        }
    }

    private void flush() {
        String batch;
        synchronized (pending) {
            batch = pending.toString();
            pending.setLength(0);
            queued.set(false);
        }
        if (!batch.isEmpty()) {
            append.accept(batch);
        }
    }
}
