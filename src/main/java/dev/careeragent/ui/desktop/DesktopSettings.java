package dev.careeragent.ui.desktop;

import dev.careeragent.core.settings.SettingsKey;

/**
 * How the desktop app lives alongside the user's session. {@code keepRunningInTray} null means the default:
 * on where a system tray exists. {@code trayNoticeShown}: the one-time "still running in the tray" notice was shown.
 */
public record DesktopSettings(Boolean keepRunningInTray, Boolean startAtLogin, Boolean trayNoticeShown) {

    public static final SettingsKey<DesktopSettings> KEY =
            SettingsKey.named("desktop", DesktopSettings.class, DesktopSettings::defaults);

    public static DesktopSettings defaults() {
        return new DesktopSettings(null, false, false);
    }

    public DesktopSettings {
        startAtLogin = startAtLogin != null && startAtLogin;
        trayNoticeShown = trayNoticeShown != null && trayNoticeShown;
    }

    /** Whether closing the window keeps the app in the tray, given whether a tray exists here. */
    public boolean keepsRunningInTray(boolean trayAvailable) {
        return trayAvailable && (keepRunningInTray == null || keepRunningInTray);
    }
}
