package dev.careeragent.ui.desktop;

import dev.careeragent.core.settings.SettingsKey;

/** The colour theme the user chose; {@link #SYSTEM} follows the OS. */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    public static final SettingsKey<Theme> KEY = SettingsKey.named("theme", Theme.class, () -> SYSTEM);
}
