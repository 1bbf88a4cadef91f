package dev.careeragent.ui;

import dev.careeragent.analytics.DashboardService;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.diagnostics.DiagnosticsService;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.ats.AtsService;
import dev.careeragent.notify.EmailSender;
import dev.careeragent.notify.EmailSettingsService;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.jobs.store.SavedSearchRepository;
import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.match.MatchService;
import dev.careeragent.sources.search.JobPageImport;
import dev.careeragent.sources.search.JobSearchService;
import dev.careeragent.tracker.TrackerService;
import java.util.Objects;

/**
 * Everything the desktop UI needs from the services, built by the composition root (the UI never sees
 * the app package). Later features add their services here.
 */
public record UiServices(
        DataFolder folder,
        SettingsStore settings,
        TaskExecutor tasks,
        EventBus events,
        RecentErrors recentErrors,
        DashboardService dashboard,
        DiagnosticsService diagnostics,
        ResumeService resumes,
        AtsService ats,
        Scheduler scheduler,
        ScheduleStatus scheduleStatus,
        EmailSettingsService emailSettings,
        EmailSender emailSender,
        JobServices jobs) {

    /** What the Jobs page uses: stored postings, full-text search, saved searches, the search runs, page import, match scores and the tracker. */
    public record JobServices(JobPostingRepository postings, PostingSearch search, SavedSearchRepository savedSearches,
            JobSearchService runs, JobPageImport pageImport, MatchService matching, TrackerService tracker) {
    }

    public UiServices {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(recentErrors, "recentErrors");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(resumes, "resumes");
        Objects.requireNonNull(ats, "ats");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(scheduleStatus, "scheduleStatus");
        Objects.requireNonNull(emailSettings, "emailSettings");
        Objects.requireNonNull(emailSender, "emailSender");
        Objects.requireNonNull(jobs, "jobs");
    }
}
