package dev.careeragent.ui.analytics;

import dev.careeragent.analytics.AnalyticsService;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Analytics page entry for the navigation rail. */
public final class AnalyticsPage {

    /** A bar chart glyph in the 24x24 box of {@link Icons}. */
    static final String ICON = "M5 9.2h3V19H5zM10.6 5h2.8v14h-2.8zm5.6 8H19v6h-2.8z";

    private AnalyticsPage() {
    }

    public static Page page(AnalyticsService analytics) {
        return page(analytics, AnalyticsPage::chooseSave);
    }

    /** As {@link #page(AnalyticsService)} with the save dialog given (tests). */
    public static Page page(AnalyticsService analytics, Function<String, Optional<Path>> chooseSave) {
        return new Page(PageIds.ANALYTICS, "Analytics", ICON, null, Page.Placement.MAIN,
                (services, navigator) -> new AnalyticsView(
                        new AnalyticsViewModel(analytics, services.tasks(), services.events(), Platform::runLater), chooseSave));
    }

    private static Optional<Path> chooseSave(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        String extension = suggested.substring(suggested.lastIndexOf('.') + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
