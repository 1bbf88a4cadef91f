package dev.careeragent.sources.search;

import dev.careeragent.sources.JobSource;
import dev.careeragent.sources.browser.BrowserOptions;
import dev.careeragent.sources.browser.BrowserSession;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.HttpFetcher;
import dev.careeragent.sources.fetch.ProxySettings;
import dev.careeragent.sources.fetch.Transport;
import java.util.function.Function;

/**
 * The ways one run reaches its sources: one HTTP client for the APIs and, started only when a browser source
 * runs, one browser session (a context per source). A browser that cannot start fails only the browser sources.
 */
final class RunTransports implements AutoCloseable {

    private final String browserPath;
    private final ProxySettings proxy;
    private final Function<BrowserOptions, BrowserSession> browsers;
    private HttpFetcher http;
    private BrowserSession session;
    private FetchException browserProblem;

    RunTransports(String browserPath, ProxySettings proxy, Function<BrowserOptions, BrowserSession> browsers) {
        this.browserPath = browserPath;
        this.proxy = proxy;
        this.browsers = browsers;
    }

    Transport forSource(JobSource source) {
        if (!source.needsBrowser()) {
            if (http == null) {
                http = HttpFetcher.standard(proxy);
            }
            return http;
        }
        if (browserProblem != null) {
            throw browserProblem;
        }
        if (session == null) {
            try {
                session = browsers.apply(BrowserOptions.locate(browserPath, proxy));
            } catch (FetchException e) {
                browserProblem = e;
                throw e;
            }
        }
        return session.transportFor(source.browserProfile());
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
