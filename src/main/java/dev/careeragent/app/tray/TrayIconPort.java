package dev.careeragent.app.tray;

import java.util.List;

/** What the app does with its tray icon; {@link AwtTrayIcon} is the real one, tests wrap it to see the calls. */
public interface TrayIconPort {

    /** A desktop notification from the tray icon. */
    void displayMessage(String caption, String text);

    /** Shows "Pause" or "Resume" in the menu. */
    void setPaused(boolean paused);

    /** The menu's item labels, top to bottom. */
    List<String> menuLabels();

    /** Takes the icon out of the tray (on quit). */
    void remove();
}
