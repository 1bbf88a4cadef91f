package dev.careeragent.ai;

import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.security.SecretVault;
import java.util.function.Supplier;

/**
 * The language model the user chose in Settings -> AI: provider, base URL and model in the settings file, the
 * API key in the secret vault. Hands out one connector per configuration, rebuilt when the settings change.
 */
public final class AiSettingsService {

    /** Vault key of the OpenAI (or compatible server's) API key. */
    public static final String API_KEY = "llm.api-key";

    private final SettingsStore settings;
    private final Supplier<SecretVault> vault;
    private volatile LlmConnector connector;

    public AiSettingsService(SettingsStore settings, Supplier<SecretVault> vault) {
        this.settings = settings;
        this.vault = vault;
    }

    /** The saved configuration; the key is read from the vault only when the provider needs one. */
    public LlmConfig current() {
        LlmSettings s = settings.get(LlmSettings.KEY);
        LlmProvider provider = LlmProvider.fromId(s.llmProvider());
        String key = provider.speaksOpenAi() ? vault.get().get(API_KEY).orElse(null) : null;
        return LlmConfig.of(provider, s.llmBaseUrl(), s.llmModel(), key);
    }

    /** Saves the choice; a blank {@code apiKey} keeps the stored one, null removes it. */
    public void save(LlmProvider provider, String baseUrl, String model, String apiKey) {
        if (apiKey == null) {
            vault.get().delete(API_KEY);
        } else if (!apiKey.isBlank()) {
            vault.get().put(API_KEY, apiKey.strip());
        }
        String url = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl() : baseUrl.strip();
        settings.put(LlmSettings.KEY, new LlmSettings(provider.id(), url, model == null ? null : model.strip()));
        connector = null;
    }

    public boolean hasStoredKey() {
        return vault.get().get(API_KEY).isPresent();
    }

    /** The connector for the current settings (a disabled one when the provider is None). */
    public LlmConnector connector() {
        LlmConfig config = current();
        LlmConnector c = connector;
        if (c == null || !c.config().equals(config)) {
            c = new LlmConnector(config);
            connector = c;
        }
        return c;
    }
}
