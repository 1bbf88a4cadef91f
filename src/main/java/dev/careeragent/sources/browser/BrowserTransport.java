package dev.careeragent.sources.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.microsoft.playwright.options.WaitUntilState;
import dev.careeragent.sources.fetch.FetchedPage;
import dev.careeragent.sources.fetch.LogSafe;
import dev.careeragent.sources.fetch.Transport;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's browser context: loads each page in a fresh tab that is closed right after, skips
 * images, fonts and media (and other sites' resources when first-party only), and recycles the
 * context every {@link BrowserOptions#pagesPerContext()} pages, carrying its cookies over.
 */
public final class BrowserTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserTransport.class);
    private static final Set<String> HEAVY = Set.of("image", "font", "media");

    private final BrowserSession session;
    private final BrowserProfile profile;
    private BrowserContext context;
    private int pagesInContext;
    private volatile String documentHost = "";

    BrowserTransport(BrowserSession session, BrowserProfile profile) {
        this.session = session;
        this.profile = profile;
    }

    public BrowserProfile profile() {
        return profile;
    }

    @Override
    public FetchedPage load(URI url) throws IOException {
        return session.call(() -> loadOnSessionThread(url));
    }

    @Override
    public FetchedPage fetchRobots(URI robotsUrl) throws IOException {
        return session.call(() -> {
            long start = System.nanoTime();
            APIResponse response = context().request().get(robotsUrl.toString(), RequestOptions.create()
                    .setTimeout(session.options().navigationTimeout().toMillis()).setMaxRedirects(5));
            try {
                return new FetchedPage(robotsUrl, URI.create(response.url()), response.status(), response.headers(),
                        response.text(), Duration.ofNanos(System.nanoTime() - start));
            } finally {
                response.dispose();
            }
        });
    }

    private FetchedPage loadOnSessionThread(URI url) throws IOException {
        BrowserContext current = context();
        long start = System.nanoTime();
        documentHost = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        Page page = current.newPage();
        try {
            Response response = page.navigate(url.toString(), new Page.NavigateOptions()
                    .setTimeout(session.options().navigationTimeout().toMillis())
                    .setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
            waitForContent(page);
            String body = content(page);
            int status = response == null ? 200 : response.status();
            Map<String, String> headers = response == null ? Map.of() : response.headers();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            LOG.debug("browser {} {} -> {} in {} ms", profile.sourceId(), LogSafe.url(url), status, elapsed.toMillis());
            return new FetchedPage(url, URI.create(page.url()), status, headers, body, elapsed);
        } catch (PlaywrightException e) {
            throw new IOException(BrowserSession.firstLine(e.getMessage()), e);
        } finally {
            page.close();
            pagesInContext++;
            session.pagesLoaded.incrementAndGet();
        }
    }

    private void waitForContent(Page page) {
        if (profile.waitForSelector() == null) {
            return;
        }
        try {
            page.waitForSelector(profile.waitForSelector(), new Page.WaitForSelectorOptions()
                    .setTimeout(session.options().navigationTimeout().toMillis() / 3));
        } catch (PlaywrightException notThere) {
            // A block page or an empty result has no such element; the parser and detector decide.
        }
    }

    /** The DOM as HTML; a script redirect (e.g. to a sign-in wall) may still be running, so wait and try once more. */
    private static String content(Page page) {
        try {
            return page.content();
        } catch (PlaywrightException navigating) {
            page.waitForLoadState();
            return page.content();
        }
    }

    private BrowserContext context() {
        if (context != null && pagesInContext >= session.options().pagesPerContext()) {
            String cookies = context.storageState();
            context.close();
            context = newContext(cookies);
        } else if (context == null) {
            context = newContext(null);
        }
        return context;
    }

    private BrowserContext newContext(String storageState) {
        Browser browser = session.browser();
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setUserAgent(profile.userAgent() != null ? profile.userAgent() : session.realisticUserAgent())
                .setLocale(profile.locale())
                .setTimezoneId(profile.timezoneId())
                .setViewportSize(profile.viewportWidth(), profile.viewportHeight())
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK)
                .setAcceptDownloads(false);
        if (storageState != null) {
            options.setStorageState(storageState);
        }
        if (session.options().proxy() != null) {
            options.setProxy(BrowserSession.proxy(session.options()));
        }
        BrowserContext created = browser.newContext(options);
        created.route("**/*", this::filter);
        pagesInContext = 0;
        session.contextsCreated.incrementAndGet();
        return created;
    }

    private void filter(Route route) {
        Request request = route.request();
        boolean mainDocument = request.isNavigationRequest() && request.frame().parentFrame() == null;
        if (!mainDocument && (HEAVY.contains(request.resourceType()) || !allowedHost(request.url()))) {
            session.requestsBlocked.incrementAndGet();
            route.abort("blockedbyclient");
        } else {
            route.resume();
        }
    }

    private boolean allowedHost(String url) {
        if (!profile.firstPartyOnly()) {
            return true;
        }
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals(documentHost) || profile.extraHosts().contains(host) || sameSite(host, documentHost);
    }

    /** www.linkedin.com and static.linkedin.com are one site; an IP address is only itself. */
    static boolean sameSite(String host, String document) {
        if (document.isEmpty() || document.matches("[\\d.]+|.*:.*")) {
            return false;
        }
        String[] labels = document.split("\\.");
        String site = labels.length >= 3 ? document.substring(document.indexOf('.') + 1) : document;
        return host.equals(site) || host.endsWith("." + site);
    }

    void closeOnSessionThread() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
