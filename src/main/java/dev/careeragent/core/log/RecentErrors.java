package dev.careeragent.core.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The last errors the app logged, newest last, each with details a user can copy into a bug report. */
public final class RecentErrors {

    public record Entry(Instant at, String logger, String message, String details) {
    }

    private static final int KEEP = 50;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final List<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    public void add(Entry entry) {
        synchronized (entries) {
            if (entries.size() == KEEP) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
        listeners.forEach(l -> l.accept(entry));
    }

    /** Records an error that was handled without being logged at ERROR (e.g. shown in a dialog). */
    public void addException(Throwable error) {
        add(new Entry(Instant.now(), "unhandled", String.valueOf(error.getMessage()), stackTrace(error)));
    }

    public List<Entry> list() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    public static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
