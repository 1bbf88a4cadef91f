package dev.careeragent.assistant;

import static dev.careeragent.ai.AgentTool.number;
import static dev.careeragent.ai.AgentTool.optionalText;
import static dev.careeragent.ai.AgentTool.text;

import dev.careeragent.ai.AgentTool;
import dev.careeragent.ai.ToolArgs;
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

    private String track(ToolArgs args) {
        JobPosting p = jobs.posting(args.number("job_id"));
        Application a = tracker.track(new NewApplication(p.id(), p.company(), p.title(), trackStatus(args), null,
                p.applyUrl() != null ? p.applyUrl() : p.url(), p.source(), null, null, null, null, null));
        return "Tracked as application " + a.id() + " (" + a.status().label() + ").";
    }

    private String describeMove(ToolArgs args) {
        Application a = application(args);
        return "Move the application " + label(a) + " from " + a.status().label() + " to " + status(args.text("status")).label();
    }

    private String move(ToolArgs args) {
        Application a = application(args);
        ApplicationStatus to = status(args.text("status"));
        return tracker.move(a.id(), to, "by the assistant, confirmed by the user").isPresent()
                ? "Moved to " + to.label() + "." : "It already had that status.";
    }

    private String describeReminder(ToolArgs args) {
        return "Remind me to follow up on " + label(application(args)) + " on " + date(args);
    }

    private String remind(ToolArgs args) {
        Application a = application(args);
        tracker.save(new Application(a.id(), a.jobPostingId(), a.resumeVersionId(), a.company(), a.title(), a.status(),
                a.channel(), a.link(), a.source(), a.appliedOn(), a.resumeFile(), a.coverLetterFile(), a.notes(), date(args),
                a.createdAt(), a.updatedAt()));
        return "Follow-up reminder set for " + date(args) + ".";
    }

    private String delete(ToolArgs args) {
        return tracker.delete(application(args).id()) ? "Deleted." : "It was already gone.";
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
