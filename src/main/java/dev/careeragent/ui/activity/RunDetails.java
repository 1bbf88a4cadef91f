package dev.careeragent.ui.activity;

import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.ui.common.Formats;
import java.time.Duration;
import java.time.ZoneId;

/** The text shown for a selected run: what, when, how long, the counts, and the message or error in full. */
final class RunDetails {

    private RunDetails() {
    }

    static String describe(RunRecord run, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        text.append(run.jobName()).append("  (").append(run.jobKey()).append(", run ").append(run.id()).append(")\n");
        text.append("Started:  ").append(Formats.time(run.startedAt(), zone)).append("  (").append(trigger(run)).append(")\n");
        if (run.endedAt() == null) {
            text.append("Still running\n");
        } else {
            text.append("Ended:    ").append(Formats.time(run.endedAt(), zone)).append("  after ")
                    .append(Formats.duration(Duration.between(run.startedAt(), run.endedAt()))).append('\n');
            text.append("Outcome:  ").append(run.outcome()).append('\n');
        }
        text.append("Found ").append(run.counts().found()).append(", new ").append(run.counts().newCount())
                .append(", duplicates ").append(run.counts().duplicates()).append('\n');
        if (run.message() != null && !run.message().isBlank()) {
            text.append("\n").append(run.message()).append('\n');
        }
        if (run.error() != null && !run.error().isBlank()) {
            text.append("\nError:\n").append(run.error()).append('\n');
        }
        return text.toString();
    }

    private static String trigger(RunRecord run) {
        return switch (run.trigger()) {
            case SCHEDULED -> "on schedule";
            case CATCH_UP -> "catching up a missed run";
            case MANUAL -> "run now";
        };
    }
}
