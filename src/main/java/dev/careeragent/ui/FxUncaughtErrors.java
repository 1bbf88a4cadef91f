package dev.careeragent.ui;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns uncaught exceptions (FX thread included) into a log entry plus the {@link ErrorDialog}, so the app
 * keeps running. It is also the "unhandled task error" consumer for ThreadPoolTaskExecutor, which logs first.
 * Logged errors reach Diagnostics through LogSetup's recent-errors appender.
 */
public final class FxUncaughtErrors implements Thread.UncaughtExceptionHandler, Consumer<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(FxUncaughtErrors.class);
    private final ErrorDialog dialog;

    public FxUncaughtErrors(ErrorDialog dialog) {
        this.dialog = dialog;
    }

    /** Becomes the default handler of every thread; returns the handler for the task executor. */
    public static FxUncaughtErrors install(ErrorDialog dialog) {
        FxUncaughtErrors handler = new FxUncaughtErrors(dialog);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught error on thread {}", thread.getName(), error);
        dialog.show(error);
    }

    /** A background task failed and nobody handled it; the executor has logged it already. */
    @Override
    public void accept(Exception error) {
        dialog.show(error);
    }

    public ErrorDialog dialog() {
        return dialog;
    }
}
