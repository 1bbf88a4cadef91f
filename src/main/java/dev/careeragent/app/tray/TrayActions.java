package dev.careeragent.app.tray;

import java.util.Objects;

/**
 * What the tray menu items and a click on the icon or its notification do. They are called on the AWT
 * thread; each action moves to the FX thread itself when it touches the window.
 */
public record TrayActions(Runnable open, Runnable runSearchesNow, Runnable togglePause, Runnable lock, Runnable quit,
        Runnable activated) {

    public TrayActions {
        Objects.requireNonNull(open);
        Objects.requireNonNull(runSearchesNow);
        Objects.requireNonNull(togglePause);
        Objects.requireNonNull(lock);
        Objects.requireNonNull(quit);
        Objects.requireNonNull(activated);
    }
}
