package dev.careeragent.diagnostics;

import dev.careeragent.core.DataFolder;
import dev.careeragent.core.settings.AppSettings;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import dev.careeragent.store.DatabaseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Checks what the app needs (data folder, database, browser, LLM endpoint) and says how to fix what is wrong. */
public final class Doctor {

    private static final Duration LLM_TIMEOUT = Duration.ofSeconds(3);
    private final DataFolder folder;
    private final AppSettings settings;
    private final Clock clock;

    public Doctor(DataFolder folder, AppSettings settings, Clock clock) {
        this.folder = folder;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Check> run() {
        Check dataFolder = dataFolder();
        Check database = dataFolder.status() == Check.Status.FAILED
                ? Check.failed("Database", "Not checked: the data folder is unusable.", "Fix the data folder first.")
                : database();
        return List.of(dataFolder, database, browser(), llm());
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

    private Check browser() {
        return BrowserLocator.find(settings.browserPath())
                .map(path -> Check.ok("Browser", "Chromium-family browser at " + path + "."))
                .orElseGet(() -> Check.warning("Browser",
                        settings.browserPath() != null ? "The configured browser " + settings.browserPath() + " is not executable."
                                : "No Chromium, Chrome or Edge found: LinkedIn, Indeed and Glassdoor searches cannot run.",
                        "Install Chromium (Debian/Ubuntu: sudo apt install chromium) or set the browser path in Settings."));
    }

    private Check llm() {
        String provider = settings.llmProvider();
        if ("none".equalsIgnoreCase(provider) || settings.llmBaseUrl() == null || settings.llmBaseUrl().isBlank()) {
            return Check.ok("LLM", "No language model configured; AI features use their built-in fallbacks.");
        }
        String base = settings.llmBaseUrl().replaceAll("/+$", "");
        URI probe = URI.create("ollama".equalsIgnoreCase(provider) ? base + "/api/tags" : base + "/models");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(LLM_TIMEOUT).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(probe).timeout(LLM_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() < 500) {
                return Check.ok("LLM", provider + " answers at " + base + " (HTTP " + response.statusCode() + ").");
            }
            return Check.failed("LLM", provider + " at " + base + " answered HTTP " + response.statusCode() + ".",
                    "Check the server's logs, or switch the LLM off in Settings.");
        } catch (IOException | IllegalArgumentException e) {
            return Check.failed("LLM", provider + " does not answer at " + base + " (" + e.getMessage() + ").",
                    "ollama".equalsIgnoreCase(provider) ? "Start Ollama (ollama serve) or fix the address in Settings."
                            : "Check the address and your network, or switch the LLM off in Settings.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.failed("LLM", "Check interrupted.", "Run doctor again.");
        }
    }
}
