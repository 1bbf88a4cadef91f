package dev.careeragent.ui.assistant;

import dev.careeragent.ai.AiSettingsService;
import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmException;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.ai.ModelCatalog;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.ui.common.FormSnapshot;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings -> AI: provider (None by default), base URL, model (Ollama's installed models listed), API key into
 * the vault, and "Test connection" with the model and latency. Network work runs as background tasks.
 */
public final class AiSettingsViewModel {

    private final AiSettingsService service;
    private final ModelCatalog catalog;
    private final TaskExecutor tasks;
    private final ObjectProperty<LlmProvider> provider = new SimpleObjectProperty<>(LlmProvider.NONE);
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty keyStored = new SimpleBooleanProperty();
    private final FormSnapshot form = new FormSnapshot();

    public AiSettingsViewModel(AiSettingsService service, ModelCatalog catalog, TaskExecutor tasks) {
        this.service = service;
        this.catalog = catalog;
        this.tasks = tasks;
        LlmConfig saved = service.current();
        provider.set(saved.provider());
        baseUrl.set(saved.baseUrl() == null ? "" : saved.baseUrl());
        model.set(saved.model());
        keyStored.set(saved.apiKey() != null);
        provider.addListener((obs, old, now) -> {
            if (baseUrl.get().isBlank() || old != null && baseUrl.get().equals(old.defaultBaseUrl())) {
                baseUrl.set(now.defaultBaseUrl() == null ? "" : now.defaultBaseUrl());
            }
            models.clear();
        });
        form.track(provider, baseUrl, model, apiKey); // the provider first: it may fill in the base URL
    }

    public FormSnapshot form() { return form; }

    /** Puts provider, address, model and key back to what is saved. */
    public void cancel() {
        form.revert();
        report("", false);
    }

    /** The configuration as edited, not yet saved; a blank key means the stored one. */
    LlmConfig edited() {
        String key = apiKey.get().isBlank() ? service.current().apiKey() : apiKey.get().strip();
        return LlmConfig.of(provider.get(), baseUrl.get(), model.get(), provider.get().speaksOpenAi() ? key : null);
    }

    public void save() {
        try {
            service.save(provider.get(), baseUrl.get(), model.get(), apiKey.get());
            keyStored.set(service.hasStoredKey());
            apiKey.set("");
            form.markSaved();
            report("Saved. " + (provider.get() == LlmProvider.NONE ? "AI features use their built-in rules."
                    : "Letters and the assistant use " + provider.get().label() + "."), false);
        } catch (RuntimeException e) {
            report("Could not save: " + e.getMessage(), true);
        }
    }

    public void refreshModels() {
        LlmConfig config = edited();
        run("Listing models", () -> catalog.models(config), names -> {
            models.setAll(names);
            if (model.get().isBlank() && !names.isEmpty()) {
                model.set(names.get(0));
            }
            report(names.isEmpty() ? "The server lists no models." : names.size() + " models found.", false);
        });
    }

    public void testConnection() {
        LlmConfig config = edited();
        run("Testing the connection", () -> catalog.test(config), check -> report(check.message(), !check.ok()));
    }

    private <T> void run(String title, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        report(title + "\u2026", false);
        tasks.execute(BackgroundTask.of(title, work).onSuccess(done::accept)
                .onFailure(e -> report(e instanceof LlmException ? e.getMessage() : title + " failed: " + e.getMessage(), true))
                .onFinished(() -> busy.set(false)));
    }

    private void report(String message, boolean error) {
        status.set(message);
        failed.set(error);
    }

    public ObjectProperty<LlmProvider> providerProperty() { return provider; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty modelProperty() { return model; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public ObservableList<String> models() { return models; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty failedProperty() { return failed; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty keyStoredProperty() { return keyStored; }
    public List<LlmProvider> providers() { return List.of(LlmProvider.values()); }
}
