package dev.careeragent.ui.jobs;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Track" and "Applied" on the selected job: an application in the tracker that records the primary resume version
 * and keeps a copy of its file. Tracking a job already tracked as Saved moves it to Applied (with a history row).
 */
public final class TrackActions {

    private final TrackerService tracker;
    private final ResumeService resumes;
    private final TaskExecutor tasks;
    private final ObjectProperty<Application> application = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private volatile Long shownPosting;
    private java.util.function.LongConsumer letterWriter;

    public TrackActions(TrackerService tracker, ResumeService resumes, TaskExecutor tasks) {
        this.tracker = tracker;
        this.resumes = resumes;
        this.tasks = tasks;
    }

    /** What "Write cover letter" does with the job shown: open the Letters page on it and start the draft. */
    public TrackActions withLetterWriter(java.util.function.LongConsumer writer) {
        this.letterWriter = writer;
        return this;
    }

    boolean canWriteLetter() {
        return letterWriter != null;
    }

    void writeLetter(JobPosting posting) {
        if (letterWriter != null && posting.id() != null) {
            letterWriter.accept(posting.id());
        }
    }

    /** The application of the job shown (null while not tracked). */
    public ReadOnlyObjectProperty<Application> applicationProperty() { return application; }
    public ReadOnlyStringProperty messageProperty() { return message; }

    /** Looks up whether the job now shown is tracked already. */
    public void show(JobPosting posting) {
        shownPosting = posting.id();
        application.set(null);
        message.set("");
        Long id = posting.id();
        tasks.execute(BackgroundTask.of("Looking up the application", () -> tracker.forPosting(id).orElse(null))
                .onSuccess(found -> {
                    if (Objects.equals(shownPosting, id)) {
                        application.set(found);
                    }
                })
                .onFailure(e -> message.set("Could not look up the application: " + e.getMessage())));
    }

    /** Whether {@code status} can still be chosen for the job shown: a new one, or Saved -> Applied. */
    public boolean canChoose(ApplicationStatus status) {
        Application current = application.get();
        return current == null || current.status() == ApplicationStatus.SAVED && status == ApplicationStatus.APPLIED;
    }

    /** Tracks {@code posting} with {@code status} (Saved for "Track", Applied for "Applied") in the background. */
    public void track(JobPosting posting, ApplicationStatus status) {
        Long id = posting.id();
        tasks.execute(BackgroundTask.of("Tracking " + posting.title(), () -> trackNow(posting, status))
                .onSuccess(tracked -> {
                    if (Objects.equals(shownPosting, id)) {
                        application.set(tracked);
                    }
                    message.set("In Applications as " + tracked.status().label()
                            + (tracked.resumeVersionId() == null ? " (no resume chosen yet)." : ", with your primary resume."));
                })
                .onFailure(e -> message.set("Could not track this job: " + e.getMessage())));
    }

    private Application trackNow(JobPosting posting, ApplicationStatus status) {
        Application existing = tracker.forPosting(posting.id()).orElse(null);
        if (existing != null) {
            if (existing.status() == ApplicationStatus.SAVED && status == ApplicationStatus.APPLIED) {
                tracker.move(existing.id(), status, "Marked applied on the Jobs page");
                return tracker.require(existing.id());
            }
            return existing;
        }
        VersionInfo primary = resumes.list().stream().filter(VersionInfo::primary).findFirst().orElse(null);
        NewApplication.SentFile resumeFile = primary == null ? null : resumes.originalFile(primary.id())
                .map(bytes -> new NewApplication.SentFile(primary.sourceFileName(), bytes)).orElse(null);
        String link = posting.applyUrl() != null ? posting.applyUrl() : posting.url();
        return tracker.track(new NewApplication(posting.id(), posting.company() == null ? "?" : posting.company(),
                posting.title(), status, null, link, posting.source(), null, primary == null ? null : primary.id(),
                resumeFile, null, null));
    }
}
