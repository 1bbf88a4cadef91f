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
        String llmModel,
        ClipSettings clip) {

    public static AppSettings defaults() {
        return new AppSettings(Theme.SYSTEM, "INFO", null, "none", null, NotificationSettings.defaults(),
                DesktopSettings.defaults(), SourceSettings.defaults(), null,
                ClipSettings.defaults());
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
        return new AppSettings(value, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, desktop, sources, llmModel, clip);
    }

    public AppSettings withLogLevel(String value) {
        return new AppSettings(theme, value, browserPath, llmProvider, llmBaseUrl, notifications, desktop, sources, llmModel, clip);
    }

    public AppSettings withLlm(String provider, String baseUrl) {
        return new AppSettings(theme, logLevel, browserPath, provider, baseUrl, notifications, desktop, sources, llmModel, clip);
    }

    /** The language model: provider (none, ollama, openai, openai-compatible), its base URL and model name. */
    public AppSettings withLlm(String provider, String baseUrl, String model) {
        return new AppSettings(theme, logLevel, browserPath, provider, baseUrl, notifications, desktop, sources, model, clip);
    }

    public AppSettings withNotifications(NotificationSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, value, desktop, sources, llmModel, clip);
    }

    public AppSettings withDesktop(DesktopSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, value, sources, llmModel, clip);
    }

    public AppSettings withBrowserPath(String value) {
        String path = value == null || value.isBlank() ? null : value.strip();
        return new AppSettings(theme, logLevel, path, llmProvider, llmBaseUrl, notifications, desktop, sources, llmModel, clip);
    }

    public AppSettings withClip(ClipSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, desktop, sources, llmModel,
                value);
    }

    public AppSettings withSources(SourceSettings value) {
        return new AppSettings(theme, logLevel, browserPath, llmProvider, llmBaseUrl, notifications, desktop, value, llmModel, clip);
    }
}
