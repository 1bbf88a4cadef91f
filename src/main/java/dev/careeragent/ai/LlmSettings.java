package dev.careeragent.ai;

import dev.careeragent.core.settings.SettingsKey;

/**
 * The language model chosen in Settings -> AI: provider id (none, ollama, openai, openai-compatible), base URL and
 * model name. They sit at the top level of the settings file, where they were before each feature had its part.
 */
public record LlmSettings(String llmProvider, String llmBaseUrl, String llmModel) {

    public static final SettingsKey<LlmSettings> KEY = SettingsKey.topLevel(LlmSettings.class, LlmSettings::defaults);

    public static LlmSettings defaults() {
        return new LlmSettings(null, null, null);
    }

    public LlmSettings {
        llmProvider = llmProvider == null ? "none" : llmProvider;
    }
}
