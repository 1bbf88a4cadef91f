package dev.careeragent.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.ai.AiSettingsService;
import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.ai.ModelCatalog;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.security.SecretVault;
import dev.careeragent.security.SecretVaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings -> AI without the FX thread: defaults, model list, test connection, key into the vault only. */
class AiSettingsViewModelTest {

    @TempDir
    Path dir;
    private final FakeLlmServer server = new FakeLlmServer().models("llama3.2:3b", "qwen2.5:7b");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noneIsTheDefaultAndOllamaGetsItsDefaultAddress() {
        AiSettingsViewModel model = model(SecretVaults.open(dir, null, Optional::empty));
        assertThat(model.providerProperty().get()).isEqualTo(LlmProvider.NONE);
        model.providerProperty().set(LlmProvider.OLLAMA);
        assertThat(model.baseUrlProperty().get()).isEqualTo("http://localhost:11434");
        model.providerProperty().set(LlmProvider.OPENAI);
        assertThat(model.baseUrlProperty().get()).isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void ollamaModelsAreListedAndTheConnectionTestShowsModelAndLatency() {
        AiSettingsViewModel model = model(SecretVaults.open(dir, null, Optional::empty));
        model.providerProperty().set(LlmProvider.OLLAMA);
        model.baseUrlProperty().set(server.ollamaUrl());
        model.refreshModels();
        assertThat(model.models()).containsExactly("llama3.2:3b", "qwen2.5:7b");
        assertThat(model.modelProperty().get()).isEqualTo("llama3.2:3b");
        model.testConnection();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("Connected to llama3.2:3b in").contains(" ms");
        server.close();
        model.testConnection();
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).contains("cannot reach");
    }

    @Test
    void theApiKeyGoesToTheVaultAndNeverIntoTheSettingsFile() throws Exception {
        SecretVault vault = SecretVaults.open(dir, null, Optional::empty);
        AiSettingsViewModel model = model(vault);
        model.providerProperty().set(LlmProvider.OPENAI_COMPATIBLE);
        model.baseUrlProperty().set(server.openAiUrl());
        model.modelProperty().set("qwen2.5:7b");
        model.apiKeyProperty().set("sk-secret-123");
        model.save();
        assertThat(vault.get(AiSettingsService.API_KEY)).contains("sk-secret-123");
        String file = Files.readString(dir.resolve("settings.json"));
        assertThat(file).contains("openai-compatible").contains("qwen2.5:7b").doesNotContain("sk-secret-123");
        assertThat(model.apiKeyProperty().get()).isEmpty();
        assertThat(model.keyStoredProperty().get()).isTrue();
        model.testConnection();
        assertThat(server.chatRequests().get(0).authorization()).isEqualTo("Bearer sk-secret-123");
        AiSettingsViewModel reopened = model(vault);
        assertThat(reopened.providerProperty().get()).isEqualTo(LlmProvider.OPENAI_COMPATIBLE);
        assertThat(reopened.modelProperty().get()).isEqualTo("qwen2.5:7b");
    }

    private AiSettingsViewModel model(SecretVault vault) {
        AiSettingsService service = new AiSettingsService(new SettingsStore(dir.resolve("settings.json")), () -> vault);
        return new AiSettingsViewModel(service, new ModelCatalog(), new CurrentThreadTaskExecutor());
    }
}
