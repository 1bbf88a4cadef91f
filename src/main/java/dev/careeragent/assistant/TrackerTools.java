package dev.careeragent.assistant;

import static dev.careeragent.ai.AgentTool.number;
import static dev.careeragent.ai.AgentTool.optionalText;
import static dev.careeragent.ai.AgentTool.text;

import dev.careeragent.ai.AgentTool;
import dev.careeragent.ai.ToolArgs;
import dev.careeragent.ai.ToolChange;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The assistant's tools over the application tracker. Listing runs at once; tracking a job, moving an application,
 * setting a reminder and deleting one change data, so {@link dev.careeragent.ai.AgentChat} only proposes them and
 * they run after the user confirms.
 */
public final class TrackerTools {

    private final TrackerService tracker;
    private final JobTools jobs;

    public TrackerTools(TrackerService tracker, JobTools jobs) {
        this.tracker = tracker;
        this.jobs = jobs;
    }

    public List<AgentTool> tools() {
        String statuses = Arrays.stream(ApplicationStatus.values()).map(s -> s.label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        return List.of(
                AgentTool.reading("list_applications", "The user's tracked applications with id, job, status and dates.",
                        List.of(optionalText("status", "only this status: " + statuses)), this::list),
                AgentTool.changing("track_job", "Adds a stored job to the application tracker.", List.of(number("job_id",
                        "the job id"), optionalText("status", "saved (default) or applied")), this::describeTrack, this::track),
                AgentTool.changing("set_application_status", "Moves an application to another status.", List.of(
                        number("application_id", "the application id"), text("status", statuses)), this::describeMove, this::move),
                AgentTool.changing("set_follow_up_reminder", "Sets the date the app reminds the user to follow up.", List.of(
                        number("application_id", "the application id"), text("date", "YYYY-MM-DD")),
                        this::describeReminder, this::remind),
                AgentTool.changing("delete_application", "Deletes an application from the tracker.", List.of(
                        number("application_id", "the application id")),
                        args -> "Delete the application " + label(application(args)), this::delete));
    }

    private String list(ToolArgs args) {
        String wanted = args.text("status", "");
        List<Application> apps = wanted.isEmpty() ? tracker.all() : tracker.withStatus(status(wanted));
        if (apps.isEmpty()) {
            return "No applications" + (wanted.isEmpty() ? "" : " with status " + wanted) + ".";
        }
        return apps.stream().map(a -> "application id " + a.id() + ": " + label(a) + ", " + a.status().label()
                        + (a.appliedOn() == null ? "" : ", applied " + a.appliedOn())
                        + (a.followUpOn() == null ? "" : ", follow up " + a.followUpOn()))
                .collect(Collectors.joining("\n"));
    }

    private String describeTrack(ToolArgs args) {
        JobPosting p = jobs.posting(args.number("job_id"));
        return "Track " + p.title() + " at " + p.company() + " as " + trackStatus(args).label();
    }

    private ToolChange track(ToolArgs args) {
        JobPosting p = jobs.posting(args.number("job_id"));
        Application a = tracker.track(new NewApplication(p.id(), p.company(), p.title(), trackStatus(args), null,
                p.applyUrl() != null ? p.applyUrl() : p.url(), p.source(), null, null, null, null, null));
        return new ToolChange("Tracked as application " + a.id() + " (" + a.status().label() + ").", () -> untrack(a));
    }

    /** Removes an application the assistant added, unless the user has changed it since (then it is theirs). */
    private String untrack(Application added) {
        Application now = tracker.find(added.id()).orElse(null);
        if (now == null) {
            return "The application " + label(added) + " was already gone.";
        }
        unchangedSince(added, now);
        tracker.delete(added.id());
        return "Removed the application " + label(added) + ".";
    }

    private String describeMove(ToolArgs args) {
        Application a = application(args);
        return "Move the application " + label(a) + " from " + a.status().label() + " to " + status(args.text("status")).label();
    }

    private ToolChange move(ToolArgs args) {
        Application a = application(args);
        ApplicationStatus to = status(args.text("status"));
        return tracker.move(a.id(), to, "by the assistant, confirmed by the user")
                .map(m -> new ToolChange("Moved to " + to.label() + ".", () -> moveBack(m, tracker.require(a.id()))))
                .orElseGet(() -> ToolChange.unchanged("It already had that status."));
    }

    private String moveBack(TrackerService.Move move, Application moved) {
        unchangedSince(moved, tracker.require(moved.id()));
        if (!tracker.undo(move)) {
            throw new IllegalStateException("The move of " + label(moved) + " was already taken back.");
        }
        return "Moved " + label(moved) + " back to " + move.change().from().label() + ".";
    }

    private String describeReminder(ToolArgs args) {
        return "Remind me to follow up on " + label(application(args)) + " on " + date(args);
    }

    private ToolChange remind(ToolArgs args) {
        Application a = application(args);
        tracker.save(new Application(a.id(), a.jobPostingId(), a.resumeVersionId(), a.company(), a.title(), a.status(),
                a.channel(), a.link(), a.source(), a.appliedOn(), a.resumeFile(), a.coverLetterFile(), a.notes(), date(args),
                a.createdAt(), a.updatedAt()));
        Application reminded = tracker.require(a.id());
        return new ToolChange("Follow-up reminder set for " + date(args) + ".", () -> {
            unchangedSince(reminded, tracker.require(a.id()));
            tracker.restoreFields(a);
            return a.followUpOn() == null ? "Removed the follow-up reminder for " + label(a) + "."
                    : "The follow-up reminder for " + label(a) + " is back to " + a.followUpOn() + ".";
        });
    }

    private ToolChange delete(ToolArgs args) {
        Application a = application(args);
        return tracker.deleteRestorably(a.id()).map(deleted -> new ToolChange("Deleted.", () -> {
            if (!tracker.restore(deleted)) {
                throw new IllegalStateException("The application " + label(a) + " is back already.");
            }
            return "Restored the application " + label(a) + " with its history.";
        })).orElseGet(() -> ToolChange.unchanged("It was already gone."));
    }

    /** An undo takes back only the assistant's own change: once the user edited the application, it is theirs. */
    private static void unchangedSince(Application after, Application now) {
        if (!now.equals(after)) {
            throw new IllegalStateException("The application " + label(after) + " changed since; change it on the"
                    + " Applications page instead.");
        }
    }

    private ApplicationStatus trackStatus(ToolArgs args) {
        return args.text("status", "saved").equalsIgnoreCase("applied") ? ApplicationStatus.APPLIED : ApplicationStatus.SAVED;
    }

    private Application application(ToolArgs args) {
        long id = args.number("application_id");
        return tracker.find(id).orElseThrow(() -> new IllegalArgumentException("There is no application with id " + id + "."));
    }

    private static ApplicationStatus status(String text) {
        return ApplicationStatus.parse(text).orElseThrow(() -> new IllegalArgumentException("\"" + text
                + "\" is not a status the tracker knows."));
    }

    private static LocalDate date(ToolArgs args) {
        try {
            return LocalDate.parse(args.text("date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The date must look like 2026-12-24.", e);
        }
    }

    private static String label(Application a) {
        return a.title() + " at " + a.company();
    }
}
