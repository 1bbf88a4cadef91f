package dev.careeragent.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The user's settings, saved as JSON in the data folder (secrets never: they go to the vault).
 * Unknown keys are ignored so an older app can read a newer file. Later features add fields here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(
        Theme theme,
        String logLevel,
        String browserPath,
        String llmProvider,
        String llmBaseUrl,
        NotificationSettings notifications,
        DesktopSettings desktop,
        SourceSettings sources,
        ClipSettings clip) {

    public static AppSettings defaults() {
        return new AppSettings(Theme.SYSTEM, "INFO", null, "none", null, NotificationSettings.defaults(),
                DesktopSettings.defaults(), SourceSettings.defaults(), ClipSettings.defaults());
    }

    public AppSettings {
        theme = theme == null ? Theme.SYSTEM : theme;
        logLevel = logLevel == null ? "INFO" : logLevel;
        llmProvider = llmProvider == null ? "none" : llmProvider;
        notifications = notifications == null ? NotificationSettings.defaults() : notifications;
        desktop = desktop == null ? DesktopSettings.defaults() : desktop;
        sources = sources == null ? SourceSettings.defaults() : sources;
        clip = clip == null ? ClipSettings.defaults() : clip;
    }

    public AppSettings withTheme(Theme value) {
        return new AppSettings(value, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, desktop, sources, clip);
    }

    public AppSettings withLogLevel(String value) {
        return new AppSettings(theme, value, browserPath, llmProvider, llmBaseUrl, notifications, desktop, sources, clip);
    }

    public AppSettings withLlm(String provider, String baseUrl) {
        return new AppSettings(theme, logLevel, browserPath, provider, baseUrl, notifications, desktop, sources, clip);
    }

    public AppSettings withNotifications(NotificationSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, value, desktop, sources, clip);
    }

    public AppSettings withDesktop(DesktopSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, value, sources, clip);
    }

    public AppSettings withBrowserPath(String value) {
        String path = value == null || value.isBlank() ? null : value.strip();
        return new AppSettings(theme, logLevel, path, llmProvider, llmBaseUrl, notifications, desktop, sources, clip);
    }

    public AppSettings withClip(ClipSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, desktop, sources, value);
    }

    public AppSettings withSources(SourceSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, desktop, value, clip);
    }
}
