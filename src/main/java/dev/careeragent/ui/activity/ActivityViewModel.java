package dev.careeragent.ui.activity;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.RunFinished;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.RunStarted;
import dev.careeragent.schedule.SchedulePauseChanged;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.schedule.Scheduler;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity page: the scheduler's jobs (next run, last outcome, paused), "Run now", pause all and per
 * job, and the run history with the details of the selected run. Reloads when runs start or end.
 */
public final class ActivityViewModel {

    static final int HISTORY = 200;

    private final Scheduler scheduler;
    private final ScheduleStatus status;
    private final TaskExecutor tasks;
    private final Executor uiThread;
    private final ZoneId zone;
    private final ObservableList<JobStatus> jobs = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final StringProperty idleRuns = new javafx.beans.property.SimpleStringProperty("");
    private final ObjectProperty<RunRecord> selectedRun = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final BooleanProperty allPaused = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final List<EventBus.Subscription> subscriptions;
    private boolean loading;
    private boolean reloadAgain;

    public ActivityViewModel(Scheduler scheduler, ScheduleStatus status, TaskExecutor tasks, EventBus events, Executor uiThread,
            ZoneId zone) {
        this.scheduler = scheduler;
        this.status = status;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.zone = zone;
        this.subscriptions = List.of(
                events.subscribe(RunStarted.class, e -> uiThread.execute(this::refresh)),
                events.subscribe(RunFinished.class, e -> uiThread.execute(this::refresh)),
                events.subscribe(SchedulePauseChanged.class, e -> uiThread.execute(this::refresh)));
        selectedRun.addListener((obs, old, run) -> details.set(run == null ? "" : RunDetails.describe(run, zone)));
    }

    private record Snapshot(List<JobStatus> jobs, List<RunRecord> runs, boolean allPaused) {
    }

    /** Reloads jobs and history in the background; a refresh asked for while one runs follows it. */
    public void refresh() {
        if (loading) {
            reloadAgain = true;
            return;
        }
        loading = true;
        tasks.execute(BackgroundTask.of("Loading activity", () -> {
                    Set<String> registered = Set.copyOf(scheduler.jobKeys());
                    return new Snapshot(status.jobs().stream().filter(j -> registered.contains(j.key())).toList(),
                            status.recentRuns(HISTORY), status.allPaused());
                })
                .onSuccess(this::show)
                .onFailure(e -> message.set("The activity could not be loaded: " + e.getMessage()))
                .onFinished(() -> {
                    loading = false;
                    if (reloadAgain) {
                        reloadAgain = false;
                        refresh();
                    }
                }));
    }

    private void show(Snapshot snapshot) {
        jobs.setAll(snapshot.jobs());
        Long selectedId = selectedRun.get() == null ? null : selectedRun.get().id();
        // Runs that found nothing to do ("Send queued emails: no email due") are counted, not listed.
        List<RunRecord> idle = snapshot.runs().stream().filter(r -> r.outcome() == RunOutcome.SKIPPED).toList();
        runs.setAll(snapshot.runs().stream().filter(r -> r.outcome() != RunOutcome.SKIPPED).toList());
        idleRuns.set(idle.isEmpty() ? "" : idle.size() + (idle.size() == 1 ? " run" : " runs")
                + " with nothing to do (" + idle.stream().map(RunRecord::jobName).distinct().limit(3)
                .collect(java.util.stream.Collectors.joining(", ")) + ") not listed.");
        allPaused.set(snapshot.allPaused());
        if (selectedId != null) {
            runs.stream().filter(r -> r.id() == selectedId).findFirst().ifPresent(selectedRun::set);
        }
    }

    public void runNow(JobStatus job) {
        tasks.execute(BackgroundTask.of("Starting " + job.name(), () -> scheduler.runNow(job.key()))
                .onSuccess(result -> message.set(switch (result) {
                    case STARTED -> "\u201c" + job.name() + "\u201d started.";
                    case ALREADY_RUNNING -> "\u201c" + job.name() + "\u201d is already running.";
                    case UNKNOWN_JOB -> "\u201c" + job.name() + "\u201d is no longer scheduled.";
                }))
                .onFailure(e -> message.set("\u201c" + job.name() + "\u201d could not be started: " + e.getMessage())));
    }

    /** Pauses every job, or resumes them when they are paused. */
    public void togglePauseAll() {
        boolean pause = !allPaused.get();
        tasks.execute(BackgroundTask.of(pause ? "Pausing background work" : "Resuming background work", () -> {
                    if (pause) {
                        scheduler.pauseAll();
                    } else {
                        scheduler.resumeAll();
                    }
                    return pause;
                })
                .onSuccess(paused -> message.set(paused ? "Background work is paused. Run now still works."
                        : "Background work resumed."))
                .onFinished(this::refresh));
    }

    public void setPaused(JobStatus job, boolean paused) {
        tasks.execute(BackgroundTask.of(paused ? "Pausing " + job.name() : "Resuming " + job.name(), () -> {
            scheduler.setPaused(job.key(), paused);
            return paused;
        }).onFinished(this::refresh));
    }

    public void close() {
        subscriptions.forEach(EventBus.Subscription::cancel);
    }

    public ObservableList<JobStatus> jobs() { return jobs; }
    public ObservableList<RunRecord> runs() { return runs; }
    public ObjectProperty<RunRecord> selectedRunProperty() { return selectedRun; }
    public StringProperty detailsProperty() { return details; }
    public BooleanProperty allPausedProperty() { return allPaused; }
    public StringProperty messageProperty() { return message; }
    /** E.g. "58 runs with nothing to do (Send queued emails) not listed."; empty when there are none. */
    public StringProperty idleRunsProperty() { return idleRuns; }
    public ZoneId zone() { return zone; }
}
