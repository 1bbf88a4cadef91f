package dev.careeragent.core.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/** The most recent task durations, so Diagnostics can show the slowest recent work. */
public final class TaskTimings {

    public record Timing(String title, Instant finishedAt, Duration duration, TaskOutcome.Kind outcome) {
    }

    private static final int KEEP = 200;
    private final Deque<Timing> recent = new ArrayDeque<>();

    public synchronized void record(Timing timing) {
        if (recent.size() == KEEP) {
            recent.removeFirst();
        }
        recent.addLast(timing);
    }

    public synchronized List<Timing> slowest(int limit) {
        return recent.stream().sorted(Comparator.comparing(Timing::duration).reversed()).limit(limit).toList();
    }

    public synchronized List<Timing> recent() {
        return List.copyOf(recent);
    }
}
