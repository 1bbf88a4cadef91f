package dev.careeragent.sources.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Proxy;
import dev.careeragent.sources.fetch.FetchException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Playwright and one headless Chromium for a whole run, started on first use, with one context
 * per source ({@link #transportFor}). Playwright is not thread-safe, so every call runs on this
 * session's own thread; sources on other threads may share it and wait their turn.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final BrowserOptions options;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "playwright");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, BrowserTransport> transports = new ConcurrentHashMap<>();
    final AtomicInteger pagesLoaded = new AtomicInteger();
    final AtomicInteger contextsCreated = new AtomicInteger();
    final AtomicLong requestsBlocked = new AtomicLong();
    private Playwright playwright;
    private Browser browser;
    private volatile boolean closed;

    public BrowserSession(BrowserOptions options) {
        this.options = options;
    }

    /** The context of one source (created on first use, then reused for the whole session). */
    public BrowserTransport transportFor(BrowserProfile profile) {
        if (closed) {
            throw new IllegalStateException("This browser session is closed");
        }
        return transports.computeIfAbsent(profile.sourceId(), id -> new BrowserTransport(this, profile));
    }

    public BrowserStats stats() {
        return new BrowserStats(pagesLoaded.get(), contextsCreated.get(), requestsBlocked.get());
    }

    BrowserOptions options() {
        return options;
    }

    /** The browser, started on first use; call only on the session thread. */
    Browser browser() {
        if (browser == null) {
            start();
        }
        return browser;
    }

    /** Runs Playwright work on the session thread and waits for it. */
    <T> T call(Callable<T> work) throws IOException {
        Future<T> result = thread.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("cancelled while the browser was loading a page");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof PlaywrightException playwright) {
                // e.g. a TimeoutError from a context, request or tab call: the fetcher's own failure, never Playwright's
                throw new IOException(firstLine(playwright.getMessage()), playwright);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause.getMessage(), cause);
        }
    }

    private void start() {
        long begin = System.nanoTime();
        try {
            // Never download browsers: this session drives the Chromium found on the machine.
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions()
                    .setExecutablePath(options.executable())
                    .setHeadless(options.headless())
                    .setArgs(ARGS);
            if (options.proxy() != null) {
                launch.setProxy(proxy(options));
            }
            browser = playwright.chromium().launch(launch);
        } catch (PlaywrightException e) {
            closePlaywright();
            throw new FetchException(FetchException.Kind.NO_BROWSER, null, null, -1, "The browser at "
                    + options.executable() + " could not be started (" + firstLine(e.getMessage()) + "). Reinstall "
                    + "Chromium or choose another Chrome/Chromium in Settings > Browser path.", e);
        }
        LOG.info("Browser {} started in {} ms", browser.version(), (System.nanoTime() - begin) / 1_000_000);
    }

    static Proxy proxy(BrowserOptions options) {
        Proxy proxy = new Proxy(options.proxy().server());
        if (options.proxy().hasCredentials()) {
            proxy.setUsername(options.proxy().username()).setPassword(options.proxy().password());
        }
        return proxy;
    }

    /** A realistic desktop Chrome user agent for the installed browser's major version. */
    String realisticUserAgent() {
        String major = browser().version().split("\\.")[0];
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String platform = os.contains("win") ? "Windows NT 10.0; Win64; x64"
                : os.contains("mac") ? "Macintosh; Intel Mac OS X 10_15_7" : "X11; Linux x86_64";
        return "Mozilla/5.0 (" + platform + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
                + ".0.0.0 Safari/537.36";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        String line = message.strip().lines().findFirst().orElse("no details");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            call(() -> {
                transports.values().forEach(BrowserTransport::closeOnSessionThread);
                closePlaywright();
                return null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("The browser did not close cleanly: {}", firstLine(e.getMessage()));
        } finally {
            thread.shutdown();
            try {
                thread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void closePlaywright() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
