package dev.careeragent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.ui.shell.WindowPlacement.Placement;
import dev.careeragent.ui.shell.WindowPlacement.Saved;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D LAPTOP_VISIBLE = new Rectangle2D(0, 0, 1440, 860);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, 0, 2560, 1440);
    private static final Rectangle2D DEFAULT_SIZE = new Rectangle2D(0, 0, 1120, 740);
    private static final String LAPTOP_KEY = WindowPlacement.screenKey(LAPTOP);
    private static final String MONITOR_KEY = WindowPlacement.screenKey(MONITOR);

    @Test
    void screensAreKnownByTheirBounds() {
        assertThat(WindowPlacement.screenKey(MONITOR)).isEqualTo("1440,0,2560,1440");
    }

    @Test
    void nothingSavedMeansTheDefaultSizeCentredOnThePrimaryScreen() {
        Placement placement = WindowPlacement.place(Map.of(), Optional.empty(), Map.of(LAPTOP_KEY, LAPTOP_VISIBLE),
                LAPTOP_VISIBLE, DEFAULT_SIZE);

        assertThat(placement.bounds()).isEqualTo(new Rectangle2D(160, 60, 1120, 740));
        assertThat(placement.maximized()).isFalse();
    }

    @Test
    void theWindowReturnsWhereItWasOnTheScreenItWasLastOn() {
        Map<String, Saved> saved = Map.of(
                LAPTOP_KEY, new Saved(new Rectangle2D(20, 30, 1200, 780), false),
                MONITOR_KEY, new Saved(new Rectangle2D(1600, 100, 1800, 1100), true));

        Placement onMonitor = WindowPlacement.place(saved, Optional.of(MONITOR_KEY),
                Map.of(LAPTOP_KEY, LAPTOP_VISIBLE, MONITOR_KEY, MONITOR), LAPTOP_VISIBLE, DEFAULT_SIZE);
        Placement onLaptop = WindowPlacement.place(saved, Optional.of(LAPTOP_KEY),
                Map.of(LAPTOP_KEY, LAPTOP_VISIBLE, MONITOR_KEY, MONITOR), LAPTOP_VISIBLE, DEFAULT_SIZE);

        assertThat(onMonitor).isEqualTo(new Placement(new Rectangle2D(1600, 100, 1800, 1100), true));
        assertThat(onLaptop).isEqualTo(new Placement(new Rectangle2D(20, 30, 1200, 780), false));
    }

    @Test
    void aScreenThatIsGoneMeansTheSavedSizeCentredOnThePrimaryScreenAndShrunkToFit() {
        Map<String, Saved> saved = Map.of(MONITOR_KEY, new Saved(new Rectangle2D(1600, 100, 1800, 700), false));

        Placement placement = WindowPlacement.place(saved, Optional.of(MONITOR_KEY), Map.of(LAPTOP_KEY, LAPTOP_VISIBLE),
                LAPTOP_VISIBLE, DEFAULT_SIZE);

        assertThat(placement.bounds()).isEqualTo(new Rectangle2D(0, 80, 1440, 700));
    }

    @Test
    void aWindowPartlyOffItsScreenIsMovedBackInside() {
        Map<String, Saved> saved = Map.of(LAPTOP_KEY, new Saved(new Rectangle2D(900, -40, 1000, 600), false));

        Placement placement = WindowPlacement.place(saved, Optional.of(LAPTOP_KEY), Map.of(LAPTOP_KEY, LAPTOP_VISIBLE),
                LAPTOP_VISIBLE, DEFAULT_SIZE);

        assertThat(placement.bounds()).isEqualTo(new Rectangle2D(440, 0, 1000, 600));
    }

    @Test
    void aWindowLargerThanItsScreensVisibleAreaIsShrunkToIt() {
        assertThat(WindowPlacement.clamp(new Rectangle2D(-50, -50, 3000, 2000), LAPTOP_VISIBLE)).isEqualTo(LAPTOP_VISIBLE);
    }
}
