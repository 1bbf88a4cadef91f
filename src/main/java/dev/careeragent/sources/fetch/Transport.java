package dev.careeragent.sources.fetch;

import java.io.IOException;
import java.net.URI;

/**
 * One way to reach a site: plain HTTP ({@link HttpFetcher}) or a real browser context
 * ({@code sources.browser.BrowserTransport}). A transport makes exactly one request per call;
 * robots.txt, rate limits, retries and block detection are added by {@link PoliteFetcher}.
 */
public interface Transport {

    /** Loads a page or API document once. Any HTTP status is returned, not thrown. */
    FetchedPage load(URI url) throws IOException;

    /** Fetches a robots.txt with the same client (user agent, cookies, proxy) as the pages. */
    FetchedPage fetchRobots(URI robotsUrl) throws IOException;
}
