package dev.careeragent.diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds a Chromium-family browser for the job-board scrapers: the configured one, else a common install. */
public final class BrowserLocator {

    private static final List<String> KNOWN = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
            "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe");

    private BrowserLocator() {
    }

    public static Optional<Path> find(String configuredPath) {
        if (configuredPath != null && !configuredPath.isBlank()) {
            Path configured = Path.of(configuredPath);
            return Files.isExecutable(configured) ? Optional.of(configured) : Optional.empty();
        }
        return KNOWN.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
