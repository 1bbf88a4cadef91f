package dev.careeragent.analytics;

import dev.careeragent.tracker.model.ApplicationStatus;
import java.util.Map;
import java.util.stream.Collectors;

/** What the Dashboard shows at a glance; {@code pipeline} counts the open applications by status, in board order. */
public record DashboardCounts(long resumeVersions, long activePostings, long applications,
        Map<ApplicationStatus, Long> pipeline) {

    public DashboardCounts {
        pipeline = Map.copyOf(pipeline);
    }

    /** E.g. "In progress: 3 Saved · 2 Applied · 1 Interview"; empty when nothing is open. */
    public String pipelineLine() {
        if (pipeline.isEmpty()) {
            return "";
        }
        return "In progress: " + java.util.Arrays.stream(ApplicationStatus.values()).filter(pipeline::containsKey)
                .map(s -> pipeline.get(s) + " " + s.label()).collect(Collectors.joining(" \u00b7 "));
    }

    /** True for a new user who has not imported or found anything yet. */
    public boolean isEmpty() {
        return resumeVersions == 0 && activePostings == 0 && applications == 0;
    }
}
