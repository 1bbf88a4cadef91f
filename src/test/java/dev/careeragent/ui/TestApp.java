package dev.careeragent.ui;

import dev.careeragent.context.AppContext;
import dev.careeragent.sources.fetch.SourcePolicy;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.resume.store.ResumeVersion;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.NewApplication;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Real services on a temporary data folder, optionally seeded through the repositories. */
public final class TestApp {

    private TestApp() {
    }

    public static AppContext open(Path dataDir, TaskExecutor tasks) {
        DataFolder folder = new DataFolder(dataDir);
        return new AppContext(folder, Clock.systemUTC(), new SettingsStore(folder.settingsFile()), new RecentErrors(), tasks,
                TestApp::briefWaits);
    }

    /** Sources on 127.0.0.1 keep robots.txt and every retry, but not the seconds of waiting a real site is owed. */
    private static SourcePolicy briefWaits(SourcePolicy policy) {
        return policy.withDelays(Duration.ZERO, Duration.ofMillis(20))
                .withRetries(policy.maxRetries(), Duration.ofMillis(10), Duration.ofMillis(100));
    }

    public static void seed(AppContext context, int resumes, int postings, int applications) {
        ResumeVersionRepository resumeRepo = new ResumeVersionRepository(context.database());
        JobPostingRepository postingRepo = new JobPostingRepository(context.database(), context.clock());
        Instant now = Instant.now();
        for (int i = 1; i <= resumes; i++) {
            resumeRepo.save(new ResumeVersion("Version " + i, now, "resume-" + i + ".pdf", "pdf", new byte[] {1, 2, 3}, "{}", null));
        }
        for (int i = 1; i <= postings; i++) {
            postingRepo.save(JobPosting.builder().source("test").sourceId("p" + i).title("Java Developer " + i)
                    .company("Acme " + i).descriptionText("Java, SQL and Kubernetes").build());
        }
        for (int i = 1; i <= applications; i++) {
            context.tracker().track(new NewApplication(null, "Acme " + i, "Java Developer", ApplicationStatus.APPLIED,
                    null, null, null, null, null, null, null, null));
        }
    }

    public static UiServices services(AppContext context) {
        return new UiServices(context.folder(), context.settings(), context.tasks(), context.events(),
                context.recentErrors(), context.dashboard(), context.diagnostics(),
                context.resumeService(), context.ats(), context.agent().scheduler(),
                context.scheduleStatus(), context.agent().emailSettings(), context.agent().emailSender(),
                new UiServices.JobServices(context.postings(), context.postingSearch(), context.savedSearches(),
                        context.jobSearch(), context.jobPageImport(), context.matching(), context.tracker()));
    }
}
