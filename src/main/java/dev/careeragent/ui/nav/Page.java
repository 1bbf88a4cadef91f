package dev.careeragent.ui.nav;

import dev.careeragent.ui.UiServices;
import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * One entry of the navigation rail. A feature adds its page with one line, e.g.
 * {@code window.install(new Page(PageIds.JOBS, "Jobs", Icons.WORK, null, Placement.MAIN, JobsView::new))}.
 * Pages also get Ctrl+1..9 by their position in the rail; {@code extraShortcut} is an additional key (may be null).
 *
 * @param icon an SVG path in a 24x24 box (see {@link dev.careeragent.ui.common.Icons})
 */
public record Page(String id, String title, String icon, KeyCombination extraShortcut, Placement placement, Factory factory) {

    /** Where the rail shows the page: with the features, or at the bottom with Settings and About. */
    public enum Placement { MAIN, FOOTER }

    /** Builds the page the first time it is shown. */
    @FunctionalInterface
    public interface Factory {
        PageView create(UiServices services, Navigator navigator);
    }

    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(factory, "factory");
    }
}
