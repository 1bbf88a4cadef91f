package dev.careeragent.app;

import dev.careeragent.ai.ModelCatalog;
import dev.careeragent.context.AppContext;
import dev.careeragent.ui.UiServices;
import dev.careeragent.ui.activity.ActivityPage;
import dev.careeragent.ui.analytics.AnalyticsPage;
import dev.careeragent.ui.assistant.AiSettingsView;
import dev.careeragent.ui.assistant.AiSettingsViewModel;
import dev.careeragent.ui.assistant.AssistantPage;
import dev.careeragent.ui.clip.ClipSettingsView;
import dev.careeragent.ui.clip.ClipSettingsViewModel;
import dev.careeragent.ui.common.Clipboards;
import dev.careeragent.ui.guide.FirstRunGuide;
import dev.careeragent.ui.jobs.JobsPage;
import dev.careeragent.ui.letters.LettersPage;
import dev.careeragent.ui.lock.LockSettingsView;
import dev.careeragent.ui.lock.LockSettingsViewModel;
import dev.careeragent.ui.notify.NotificationSettingsView;
import dev.careeragent.ui.notify.NotificationSettingsViewModel;
import dev.careeragent.ui.profile.PreferencesView;
import dev.careeragent.ui.profile.PreferencesViewModel;
import dev.careeragent.ui.resume.ResumeFeature;
import dev.careeragent.ui.shell.MainWindow;
import dev.careeragent.ui.sources.SourceSettingsView;
import dev.careeragent.ui.sources.SourceSettingsViewModel;
import dev.careeragent.ui.tracker.ApplicationsPage;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** The desktop app's pages and Settings sections, in one place for the app, the screenshots and the layout tests. */
public final class DesktopPages {

    private DesktopPages() {
    }

    /** Installs every page; returns what imports resume files dropped on the window or opened with the app. */
    public static Consumer<List<File>> installPages(MainWindow main, UiServices services, AppContext context) {
        Consumer<List<File>> importResumes = ResumeFeature.install(main, services, context.tailor());
        main.install(JobsPage.page());
        main.install(ActivityPage.page());
        main.install(ApplicationsPage.page(context.tracker(), context.interviews(), context.offers()));
        main.install(AnalyticsPage.page(context.analytics()));
        main.install(LettersPage.page(context.letters(), context.resumeService(), context.ats()));
        main.install(AssistantPage.page(context.assistant()));
        return importResumes;
    }

    public static void installSettings(MainWindow main, UiServices services, AppContext context, boolean trayAvailable) {
        main.addSettingsSection("Security", LockSettingsView.create(new LockSettingsViewModel(context.agent().appLock(),
                context.tasks())));
        main.addSettingsSection("Notifications", new NotificationSettingsView(new NotificationSettingsViewModel(
                context.agent().emailSettings(), context.agent().emailSender(), context.settings(), context.tasks(),
                trayAvailable)));
        PreferencesViewModel preferences = new PreferencesViewModel(context.profile(), context.tasks());
        SourceSettingsViewModel sources = new SourceSettingsViewModel(context.jobSearch(), context.tasks(), context.clock());
        Button guide = FirstRunGuide.install(main, services, context.profile(), preferences, sources);
        main.addSettingsSection("Profile and preferences", new VBox(12, new PreferencesView(preferences), guide));
        main.addSettingsSection("Job sources", new SourceSettingsView(sources));
        main.addSettingsSection("Browser clip", new ClipSettingsView(new ClipSettingsViewModel(context.clipApi(),
                context.settings(), context.tasks(), Clipboards::copy)));
        main.addSettingsSection("AI", new AiSettingsView(new AiSettingsViewModel(context.ai(), new ModelCatalog(),
                context.tasks())).node());
    }
}
