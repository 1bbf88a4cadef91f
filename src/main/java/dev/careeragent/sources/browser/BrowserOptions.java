package dev.careeragent.sources.browser;

import dev.careeragent.diagnostics.BrowserLocator;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.ProxySettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the one browser of a run is started: which Chromium (never downloaded), an optional proxy,
 * the page-load timeout, and after how many pages a source's context is recycled to keep memory flat.
 */
public record BrowserOptions(Path executable, ProxySettings proxy, boolean headless, Duration navigationTimeout,
        int pagesPerContext) {

    public static final int DEFAULT_PAGES_PER_CONTEXT = 50;

    public BrowserOptions {
        if (executable == null) {
            throw noBrowser("No browser path was given.");
        }
        navigationTimeout = navigationTimeout == null ? Duration.ofSeconds(30) : navigationTimeout;
        if (pagesPerContext < 1) {
            throw new IllegalArgumentException("pagesPerContext must be at least 1");
        }
    }

    /**
     * The configured browser (Settings, e.g. {@code SourceSettings.BROWSER_PATH}) or else an installed
     * Chrome/Chromium; a clear {@link FetchException} of kind NO_BROWSER when there is none.
     */
    public static BrowserOptions locate(String configuredPath, ProxySettings proxy) {
        Path browser = BrowserLocator.find(configuredPath).orElseThrow(() -> noBrowser(
                configuredPath != null && !configuredPath.isBlank()
                        ? "The browser path in Settings (" + configuredPath + ") is not a program that can be run."
                        : "No Chrome or Chromium browser was found on this computer."));
        return new BrowserOptions(browser, proxy, true, Duration.ofSeconds(30), DEFAULT_PAGES_PER_CONTEXT);
    }

    public BrowserOptions withPagesPerContext(int pages) {
        return new BrowserOptions(executable, proxy, headless, navigationTimeout, pages);
    }

    public BrowserOptions withNavigationTimeout(Duration timeout) {
        return new BrowserOptions(executable, proxy, headless, timeout, pagesPerContext);
    }

    private static FetchException noBrowser(String what) {
        return new FetchException(FetchException.Kind.NO_BROWSER, null, null, what
                + " LinkedIn, Indeed and Glassdoor need one. Install Chromium (Debian/Ubuntu: sudo apt-get install "
                + "chromium; Windows/macOS: install Google Chrome) or set the browser path in Settings.");
    }
}
