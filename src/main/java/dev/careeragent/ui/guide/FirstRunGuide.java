package dev.careeragent.ui.guide;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.profile.ProfileService;
import dev.careeragent.ui.UiServices;
import dev.careeragent.ui.jobs.SearchRunViewModel;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.profile.PreferencesViewModel;
import dev.careeragent.ui.resume.DocumentPreview;
import dev.careeragent.ui.resume.ResumeViewModel;
import dev.careeragent.ui.shell.MainWindow;
import dev.careeragent.ui.sources.SourceSettingsViewModel;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Puts the first-run guide over the main window: shown at start until it is finished or skipped once (and only while
 * there is no resume and no preferences yet), and reopened with Shift+F1 or the button this returns (Settings places it).
 * The guide shares the Settings page's preferences and sources ViewModels, so both always show the same saved values.
 */
public final class FirstRunGuide {

    /** Shift+F1 opens the guide from any page (F1 alone opens About). */
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN);

    private FirstRunGuide() {
    }

    public static Button install(MainWindow window, UiServices services, ProfileService profile,
            PreferencesViewModel wants, SourceSettingsViewModel sources) {
        SearchRunViewModel search = new SearchRunViewModel(services.jobs(), services.tasks(), services.settings(),
                services.events(), Platform::runLater, () -> { }, Clock.systemDefaultZone());
        FirstRunGuideViewModel model = new FirstRunGuideViewModel(
                new ResumeViewModel(services.resumes(), services.tasks(), new DocumentPreview()), wants, sources, search,
                () -> services.tasks().execute(BackgroundTask.of("Remembering that the guide was closed", () -> {
                    profile.markGuideClosed();
                    return null;
                })));
        window.addOverlay(new FirstRunGuideView(model, () -> {
            model.skip();
            window.navigate(PageIds.SETTINGS);
        }));
        services.tasks().execute(BackgroundTask.of("Checking for a first start",
                () -> FirstRunGuideViewModel.isFirstRun(profile.guideClosed(), services.resumes().list().size(),
                        profile.preferences()))
                .onSuccess(first -> {
                    if (first) {
                        model.open();
                    }
                }));
        Button reopen = new Button("Open the first-run guide (Shift+F1)");
        reopen.setId("open-first-run-guide");
        reopen.setOnAction(e -> model.open());
        window.scene().getAccelerators().put(HELP, model::open);
        return reopen;
    }
}
