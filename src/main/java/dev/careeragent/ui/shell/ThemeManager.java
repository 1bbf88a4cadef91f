package dev.careeragent.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.desktop.Theme;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the theme the settings name (AtlantaFX Primer light or dark) and follows later changes.
 * {@link Theme#SYSTEM} shows light at once, then asks the OS off the FX thread and switches if it prefers dark.
 */
public final class ThemeManager {

    public static final String APP_STYLESHEET = Objects.requireNonNull(
            ThemeManager.class.getResource("/dev/careeragent/ui/app.css"), "app.css").toExternalForm();
    private static final Logger LOG = LoggerFactory.getLogger(ThemeManager.class);

    private final SettingsStore settings;
    private final BooleanSupplier systemPrefersDark;
    private final Executor fx = new FxCallbacks();
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private volatile Theme requested;

    public ThemeManager(SettingsStore settings, BooleanSupplier systemPrefersDark) {
        this.settings = settings;
        this.systemPrefersDark = systemPrefersDark;
    }

    /** Applies the saved theme and follows every later settings change. Call once, on the FX thread. */
    public void start() {
        applySaved();
        settings.addListener(Theme.KEY, changed -> fx.execute(() -> apply(changed)));
    }

    /** Applies the saved theme once, without following changes (the loading window before the main one). */
    public void applySaved() {
        apply(settings.get(Theme.KEY));
    }

    public void attach(Scene scene) {
        if (!scene.getStylesheets().contains(APP_STYLESHEET)) {
            scene.getStylesheets().add(APP_STYLESHEET);
        }
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean isDark() {
        return dark.get();
    }

    private void apply(Theme theme) {
        if (theme == requested) {
            return;
        }
        requested = theme;
        switch (theme) {
            case LIGHT -> show(false);
            case DARK -> show(true);
            case SYSTEM -> {
                show(false);
                CompletableFuture.supplyAsync(systemPrefersDark::getAsBoolean)
                        .exceptionally(error -> {
                            LOG.debug("Could not ask the OS for its theme; using light", error);
                            return false;
                        })
                        .thenAccept(prefersDark -> fx.execute(() -> {
                            if (requested == Theme.SYSTEM) {
                                show(prefersDark);
                            }
                        }));
            }
        }
    }

    private void show(boolean useDark) {
        Application.setUserAgentStylesheet(useDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dark.set(useDark);
        LOG.debug("Theme {} ({})", requested, useDark ? "dark" : "light");
    }
}
