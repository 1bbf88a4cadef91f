package dev.careeragent.ui.shell;

import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: the size and position it last had on the screen it was last on, kept inside that
 * screen's visible area; when that screen is gone (or nothing was saved), centred on the primary screen.
 * Screens are known by their bounds ("0,0,1920,1080"), the one thing that stays the same between runs.
 */
public final class WindowPlacement {

    /** The window's bounds on one screen and whether it was maximized there. */
    public record Saved(Rectangle2D bounds, boolean maximized) {
    }

    /** Where to put the window: bounds in screen coordinates, and whether to maximize it. */
    public record Placement(Rectangle2D bounds, boolean maximized) {
    }

    private WindowPlacement() {
    }

    /** The key a screen is remembered by. */
    public static String screenKey(Rectangle2D screenBounds) {
        return (long) screenBounds.getMinX() + "," + (long) screenBounds.getMinY() + ","
                + (long) screenBounds.getWidth() + "," + (long) screenBounds.getHeight();
    }

    /**
     * @param saved        the window's last bounds per screen key
     * @param lastScreen   the key of the screen the window was last on, if any
     * @param visibleAreas each present screen's visible area (without task bars) by screen key
     * @param primary      the primary screen's visible area
     * @param defaultSize  the size used when nothing was saved
     */
    public static Placement place(Map<String, Saved> saved, Optional<String> lastScreen,
                                  Map<String, Rectangle2D> visibleAreas, Rectangle2D primary, Rectangle2D defaultSize) {
        Optional<Saved> last = lastScreen.map(saved::get);
        Optional<Rectangle2D> lastArea = lastScreen.map(visibleAreas::get);
        if (last.isPresent() && lastArea.isPresent()) {
            return new Placement(clamp(last.get().bounds(), lastArea.get()), last.get().maximized());
        }
        Rectangle2D size = last.map(Saved::bounds).orElse(defaultSize);
        return new Placement(centre(size.getWidth(), size.getHeight(), primary), last.map(Saved::maximized).orElse(false));
    }

    /** {@code bounds} moved (and if need be shrunk) so that all of it lies inside {@code area}. */
    static Rectangle2D clamp(Rectangle2D bounds, Rectangle2D area) {
        double width = Math.min(bounds.getWidth(), area.getWidth());
        double height = Math.min(bounds.getHeight(), area.getHeight());
        double x = Math.max(area.getMinX(), Math.min(bounds.getMinX(), area.getMaxX() - width));
        double y = Math.max(area.getMinY(), Math.min(bounds.getMinY(), area.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    static Rectangle2D centre(double width, double height, Rectangle2D area) {
        double w = Math.min(width, area.getWidth());
        double h = Math.min(height, area.getHeight());
        return new Rectangle2D(area.getMinX() + (area.getWidth() - w) / 2, area.getMinY() + (area.getHeight() - h) / 2, w, h);
    }
}
