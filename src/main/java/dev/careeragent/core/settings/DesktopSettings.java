package dev.careeragent.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How the desktop app lives alongside the user's session. {@code keepRunningInTray} null means the default:
 * on where a system tray exists. {@code trayNoticeShown}: the one-time "still running in the tray" notice was shown.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DesktopSettings(Boolean keepRunningInTray, Boolean startAtLogin, Boolean trayNoticeShown) {

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

    public DesktopSettings withKeepRunningInTray(boolean value) {
        return new DesktopSettings(value, startAtLogin, trayNoticeShown);
    }

    public DesktopSettings withStartAtLogin(boolean value) {
        return new DesktopSettings(keepRunningInTray, value, trayNoticeShown);
    }

    public DesktopSettings withTrayNoticeShown() {
        return new DesktopSettings(keepRunningInTray, startAtLogin, true);
    }
}
