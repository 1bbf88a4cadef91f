package dev.careeragent.clip;

import dev.careeragent.core.settings.SettingsKey;

/** The browser clip API of the desktop app: on or off, and its port on 127.0.0.1 ({@code serve} uses it too). */
public record ClipSettings(Boolean enabled, Integer port) {

    public static final int DEFAULT_PORT = 47_613;
    public static final SettingsKey<ClipSettings> KEY = SettingsKey.named("clip", ClipSettings.class, ClipSettings::defaults);

    public static ClipSettings defaults() {
        return new ClipSettings(true, DEFAULT_PORT);
    }

    public ClipSettings {
        enabled = enabled == null || enabled;
        port = port == null || port < 1024 || port > 65_535 ? DEFAULT_PORT : port;
    }
}
