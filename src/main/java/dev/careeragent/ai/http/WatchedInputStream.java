package dev.careeragent.ai.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that closes itself when no byte arrives for the read timeout or when the call is
 * cancelled, so a stalled stream can never hold a thread: the blocked read then fails with a clear reason.
 */
final class WatchedInputStream extends FilterInputStream {

    /** Why the stream was closed from outside. */
    enum Stop { NONE, IDLE, CANCELLED }

    private static final long CHECK_MILLIS = 25;

    private final long idleNanos;
    private final CallScope scope;
    private final ScheduledFuture<?> watch;
    private volatile long lastByteAt = System.nanoTime();
    private volatile Stop stop = Stop.NONE;

    WatchedInputStream(InputStream in, Duration idle, CallScope scope, ScheduledExecutorService watcher) {
        super(in);
        this.idleNanos = idle.toNanos();
        this.scope = scope;
        this.watch = watcher.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    Stop stop() {
        return stop;
    }

    private void check() {
        if (stop != Stop.NONE) {
            return;
        }
        if (scope.cancelled()) {
            halt(Stop.CANCELLED);
        } else if (System.nanoTime() - lastByteAt > idleNanos) {
            halt(Stop.IDLE);
        }
    }

    private void halt(Stop reason) {
        stop = reason;
        watch.cancel(false);
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the closed stream and reports the reason
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return guarded(in.read());
        } catch (IOException e) {
            throw stop == Stop.NONE ? e : new StoppedStreamException(stop);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return guarded(in.read(buffer, offset, length));
        } catch (IOException e) {
            throw stop == Stop.NONE ? e : new StoppedStreamException(stop);
        }
    }

    private int guarded(int result) throws IOException {
        if (stop != Stop.NONE) {
            throw new StoppedStreamException(stop);
        }
        lastByteAt = System.nanoTime();
        return result;
    }

    @Override
    public void close() throws IOException {
        watch.cancel(false);
        super.close();
    }

    /** The stream was closed because it went quiet or the user cancelled. */
    static final class StoppedStreamException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Stop reason;

        StoppedStreamException(Stop reason) {
            super(reason == Stop.CANCELLED ? "cancelled" : "the server stopped sending");
            this.reason = reason;
        }

        Stop reason() {
            return reason;
        }
    }
}
