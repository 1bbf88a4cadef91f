package dev.careeragent.context;

import dev.careeragent.analytics.DashboardService;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.diagnostics.DiagnosticsService;
import dev.careeragent.jobs.JobPostingRepository;
import dev.careeragent.resume.ResumeVersionRepository;
import dev.careeragent.schedule.SavedSearchJobs;
import dev.careeragent.schedule.ScheduleRepository;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import dev.careeragent.tracker.ApplicationRepository;
import java.time.Clock;

/**
 * The composition root: builds every service once, in dependency order, and closes them on exit.
 * The GUI and the CLI both start from here; nothing else constructs services.
 */
public final class AppContext implements AutoCloseable {

    private final DataFolder folder;
    private final Clock clock;
    private final SettingsStore settings;
    private final RecentErrors recentErrors;
    private final EventBus events = new EventBus();
    private final TaskExecutor tasks;
    private final DatabaseBackups backups;
    private final Database database;
    private final DashboardService dashboard;
    private final DiagnosticsService diagnostics;
    private final ScheduleRepository scheduleRepository;
    private final ScheduleStatus scheduleStatus;
    private final AgentServices agent;

    /**
     * @throws dev.careeragent.store.DatabaseException when the database cannot be opened; the caller
     *         offers the user the way out (restore a backup, close the other program, ...)
     */
    public AppContext(DataFolder folder, Clock clock, SettingsStore settings, RecentErrors recentErrors, TaskExecutor tasks) {
        this.folder = folder;
        this.clock = clock;
        this.settings = settings;
        this.recentErrors = recentErrors;
        this.tasks = tasks;
        this.backups = new DatabaseBackups(folder.backups(), clock);
        this.database = Database.open(folder.database(), backups, Entities.ALL);
        ResumeVersionRepository resumes = new ResumeVersionRepository(database);
        JobPostingRepository postings = new JobPostingRepository(database, clock);
        ApplicationRepository applications = new ApplicationRepository(database);
        this.dashboard = new DashboardService(resumes, postings, applications);
        this.diagnostics = new DiagnosticsService(folder, database, recentErrors, tasks.timings());
        this.scheduleRepository = new ScheduleRepository(database);
        this.scheduleStatus = new ScheduleStatus(scheduleRepository);
        // At merge: replace NOT_INSTALLED with the job search service's runner, e.g. Runner.of(jobSearch::runSaved).
        this.agent = new AgentServices(folder, database, settings, events, tasks, clock, scheduleRepository,
                SavedSearchJobs.NOT_INSTALLED);
    }

    public DataFolder folder() { return folder; }
    public Clock clock() { return clock; }
    public SettingsStore settings() { return settings; }
    public RecentErrors recentErrors() { return recentErrors; }
    public EventBus events() { return events; }
    public TaskExecutor tasks() { return tasks; }
    public DatabaseBackups backups() { return backups; }
    public Database database() { return database; }
    public DashboardService dashboard() { return dashboard; }
    public DiagnosticsService diagnostics() { return diagnostics; }
    public ScheduleRepository scheduleRepository() { return scheduleRepository; }
    public ScheduleStatus scheduleStatus() { return scheduleStatus; }
    /** Vault, email, alerts and the scheduler; the desktop app starts it after the main window shows. */
    public AgentServices agent() { return agent; }

    @Override
    public void close() {
        agent.close();
        tasks.close();
        database.close();
    }
}
