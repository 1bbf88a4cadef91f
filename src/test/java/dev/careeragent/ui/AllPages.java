package dev.careeragent.ui;

import dev.careeragent.app.DesktopPages;
import dev.careeragent.context.AppContext;
import dev.careeragent.ui.shell.MainWindow;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;

/** The main window with every page the desktop app installs (as DesktopStartup does), on real services. FX thread. */
public final class AllPages {

    private AllPages() {
    }

    public static MainWindow window(Stage stage, AppContext context) {
        UiServices services = TestApp.services(context);
        MainWindow window = new MainWindow(stage, services);
        DesktopPages.installPages(window, services, context);
        DesktopPages.installSettings(window, services, context, false);
        return window;
    }

    /** The page ids in rail order, read from the rail's buttons ("nav-<id>"). */
    public static List<String> pageIds(MainWindow window) {
        return window.scene().getRoot().lookupAll(".nav-item").stream().map(Node::getId)
                .filter(id -> id != null && id.startsWith("nav-")).map(id -> id.substring("nav-".length())).toList();
    }
}
