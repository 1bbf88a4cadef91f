package dev.careeragent.diagnostics;

import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmException;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.ai.LlmSettings;
import dev.careeragent.ai.ModelCatalog;
import dev.careeragent.core.DataFolder;
import dev.careeragent.security.SecretVaultException;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.security.UserKeyFolder;
import dev.careeragent.security.VaultKeys;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import dev.careeragent.store.DatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Checks what the app needs (data folder, database, where the secrets' key lives, browser, LLM endpoint) and says how
 * to fix what is wrong.
 */
public final class Doctor {

    private static final Duration LLM_TIMEOUT = Duration.ofSeconds(3);
    private final DataFolder folder;
    private final String browserPath;
    private final LlmSettings llm;
    private final Clock clock;

    /** @param browserPath the browser chosen in Settings, or null for the one found installed */
    public Doctor(DataFolder folder, String browserPath, LlmSettings llm, Clock clock) {
        this.folder = folder;
        this.browserPath = browserPath;
        this.llm = llm;
        this.clock = clock;
    }

    public List<Check> run() {
        Check dataFolder = dataFolder();
        Check database = dataFolder.status() == Check.Status.FAILED
                ? Check.failed("Database", "Not checked: the data folder is unusable.", "Fix the data folder first.")
                : database();
        Check secrets = dataFolder.status() == Check.Status.FAILED
                ? Check.failed("Secrets", "Not checked: the data folder is unusable.", "Fix the data folder first.")
                : secrets();
        return List.of(dataFolder, database, secrets, browser(), llm());
    }

    private Check dataFolder() {
        Path root = folder.root();
        String name = "Data folder";
        if (Files.exists(root) && !Files.isDirectory(root)) {
            return Check.failed(name, root + " is a file, not a folder.",
                    "Move that file away, or start with --data-dir pointing to a folder.");
        }
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, "doctor", ".tmp");
            Files.delete(probe);
            return Check.ok(name, root + " is writable.");
        } catch (IOException e) {
            return Check.failed(name, root + " is not writable (" + e.getMessage() + ").",
                    "Give your user write permission on it, or choose another folder with --data-dir or CAREER_AGENT_HOME.");
        }
    }

    private Check database() {
        Path file = folder.database();
        try {
            String version = Database.check(file, new DatabaseBackups(folder.backups(), clock));
            return "none".equals(version)
                    ? Check.ok("Database", "No database yet; it is created at " + file + " on first start.")
                    : Check.ok("Database", file + " is healthy (schema version " + version + ", "
                            + file.toFile().length() / 1024 + " KB).");
        } catch (DatabaseException e) {
            String fix = e.problem() == DatabaseException.Problem.CORRUPT && e.latestBackup().isPresent()
                    ? "Start the app and choose \"Restore backup\", or run: career-agent db restore"
                    : e.userMessage();
            return Check.failed("Database", e.getMessage(), fix);
        }
    }

    /** Where the key of the saved secrets lives (never the key itself); reads no key and asks no keychain. */
    private Check secrets() {
        try {
            VaultKeys.Location key = new VaultKeys(folder.root().resolve(SecretVaults.KEY_FILE), Optional::empty).location();
            return switch (key.state()) {
                case OK -> Check.ok("Secrets", "Key: " + key.where());
                case IN_DATA_FOLDER -> Check.warning("Secrets", "Key: " + key.where(),
                        "Start the app once so the key moves out, and keep the data folder outside " + UserKeyFolder.forThisUser().root() + ".");
                case MISSING -> Check.warning("Secrets", key.where(), "Enter your secrets again in Settings (the "
                        + "unreadable secret store is set aside, not deleted), or copy the key file back from where "
                        + "the data folder came from.");
            };
        } catch (SecretVaultException e) {
            return Check.failed("Secrets", e.getMessage(),
                    "Restore the data folder's secrets.key from a backup, or enter your secrets again.");
        }
    }

    private Check browser() {
        return BrowserLocator.find(browserPath)
                .map(path -> Check.ok("Browser", "Chromium-family browser at " + path + "."))
                .orElseGet(() -> Check.warning("Browser",
                        browserPath != null ? "The configured browser " + browserPath + " is not executable."
                                : "No Chromium, Chrome or Edge found: LinkedIn, Indeed and Glassdoor searches cannot run.",
                        "Install Chromium (Debian/Ubuntu: sudo apt install chromium) or set the browser path in Settings."));
    }

    private Check llm() {
        LlmProvider provider;
        try {
            provider = LlmProvider.fromId(llm.llmProvider());
        } catch (IllegalArgumentException e) {
            return Check.failed("LLM", e.getMessage(), "Choose a provider in Settings -> AI.");
        }
        if (provider == LlmProvider.NONE) {
            return Check.ok("LLM", "No language model configured; AI features use their built-in fallbacks.");
        }
        LlmConfig config = LlmConfig.of(provider, llm.llmBaseUrl(), llm.llmModel(), null)
                .withTimeouts(LLM_TIMEOUT, LLM_TIMEOUT);
        String where = provider.label() + " at " + config.baseUrl();
        List<String> models;
        try {
            models = new ModelCatalog().models(config);
        } catch (LlmException e) {
            if (e.kind() == LlmException.Kind.REJECTED) {
                return Check.ok("LLM", where + " answers; it wants the API key (check it with Settings -> AI -> Test connection).");
            }
            return Check.failed("LLM", provider.id() + " does not answer at " + config.baseUrl() + " (" + e.getMessage() + ").",
                    provider == LlmProvider.OLLAMA ? "Start Ollama (ollama serve) or fix the address in Settings -> AI."
                            : "Check the address and your network, or switch the LLM off in Settings -> AI.");
        }
        if (config.model().isBlank()) {
            return Check.warning("LLM", where + " answers (" + models.size() + " models), but no model is chosen.",
                    "Pick a model in Settings -> AI.");
        }
        boolean installed = models.contains(config.model()) || models.contains(config.model() + ":latest");
        if (!installed && provider == LlmProvider.OLLAMA) {
            return Check.warning("LLM", where + " answers, but the model " + config.model() + " is not installed.",
                    "Run: ollama pull " + config.model());
        }
        return Check.ok("LLM", where + " answers; model " + config.model() + (installed ? " is available." : "."));
    }
}
