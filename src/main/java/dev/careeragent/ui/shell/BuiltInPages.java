package dev.careeragent.ui.shell;

import dev.careeragent.ui.common.Clipboards;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.common.SystemFolderOpener;
import dev.careeragent.ui.dashboard.DashboardView;
import dev.careeragent.ui.dashboard.DashboardViewModel;
import dev.careeragent.ui.diagnostics.DiagnosticsView;
import dev.careeragent.ui.diagnostics.DiagnosticsViewModel;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.settings.SettingsSection;
import dev.careeragent.ui.settings.SettingsView;
import dev.careeragent.ui.settings.SettingsViewModel;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The pages the foundation ships: Dashboard, Settings (Ctrl+,) and About/Diagnostics (F1). */
final class BuiltInPages {

    private BuiltInPages() {
    }

    static List<Page> all(ObservableList<SettingsSection> extraSettings) {
        SystemFolderOpener opener = new SystemFolderOpener();
        return List.of(
                new Page(PageIds.DASHBOARD, "Dashboard", Icons.DASHBOARD, null, Page.Placement.MAIN,
                        (services, navigator) -> new DashboardView(
                                new DashboardViewModel(services.dashboard(), new DashboardViewModel.Background(
                                        () -> services.scheduleStatus().recentRuns(DashboardViewModel.LAST_RUNS),
                                        () -> services.jobs().runs().health(), java.time.Clock.systemUTC()),
                                        services.tasks(), navigator, services.events(), javafx.application.Platform::runLater))),
                new Page(PageIds.SETTINGS, "Settings", Icons.SETTINGS,
                        new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), Page.Placement.FOOTER,
                        (services, navigator) -> new SettingsView(
                                new SettingsViewModel(services.settings(), services.folder(), services.tasks(), opener),
                                extraSettings)),
                new Page(PageIds.ABOUT, "About", Icons.INFO, new KeyCodeCombination(KeyCode.F1), Page.Placement.FOOTER,
                        (services, navigator) -> new DiagnosticsView(
                                new DiagnosticsViewModel(services.diagnostics(), services.tasks(), opener, Clipboards::copy))));
    }
}
