package dev.careeragent.app.tray;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.HighMatchFound;
import dev.careeragent.schedule.SchedulePauseChanged;
import java.awt.EventQueue;
import java.awt.SystemTray;
import java.util.List;
import java.util.Optional;

/**
 * Runs in a child JVM on a real X display with a tray host (see {@link TrayOnXvfbTest}): installs the real tray
 * icon, sends alerts through {@link AppTray}, and prints one line per observation for the parent to check.
 */
public final class TrayProbe {

    private TrayProbe() {
    }

    /** Passes calls through to the real icon and prints each notification. */
    private record Recording(TrayIconPort real) implements TrayIconPort {
        @Override
        public void displayMessage(String caption, String text) {
            System.out.println("MESSAGE " + caption + " | " + text.replace('\n', ' '));
            real.displayMessage(caption, text);
        }

        @Override public void setPaused(boolean paused) { real.setPaused(paused); }

        @Override public List<String> menuLabels() { return real.menuLabels(); }

        @Override public void remove() { real.remove(); }
    }

    public static void main(String[] args) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (!SystemTray.isSupported() && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        System.out.println("SUPPORTED " + SystemTray.isSupported());
        Runnable none = () -> { };
        Optional<TrayIconPort> installed = AwtTrayIcon.install("Career Agent", false,
                new TrayActions(none, none, none, none, none, none));
        if (installed.isEmpty()) {
            System.out.println("NOT INSTALLED");
            System.exit(3);
        }
        TrayIconPort icon = new Recording(installed.get());
        int[] count = new int[1];
        EventQueue.invokeAndWait(() -> count[0] = SystemTray.getSystemTray().getTrayIcons().length);
        System.out.println("ICONS " + count[0]);
        System.out.println("MENU " + String.join("|", icon.menuLabels()));

        EventBus events = new EventBus();
        try (AppTray tray = new AppTray(icon, events, id -> System.out.println("OPEN POSTING " + id),
                id -> System.out.println("OPEN APPLICATION " + id),
                () -> System.out.println("OPEN WINDOW"))) {
            events.publish(new HighMatchFound(1, 91, "Java Developer", "Acme"));
            events.publish(new HighMatchFound(1, 91, "Java Developer", "Acme"));
            events.publish(new HighMatchFound(2, 84, "Kotlin Developer", "Initech"));
            tray.activated();
            tray.activated();
            events.publish(new SchedulePauseChanged(true));
            EventQueue.invokeAndWait(() -> { }); // the label change is queued on the AWT thread
            System.out.println("MENU " + String.join("|", icon.menuLabels()));
        }
        EventQueue.invokeAndWait(() -> count[0] = SystemTray.getSystemTray().getTrayIcons().length);
        System.out.println("ICONS AFTER QUIT " + count[0]);
        System.out.println("DONE");
        System.exit(0);
    }
}
