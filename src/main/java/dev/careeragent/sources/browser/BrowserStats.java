package dev.careeragent.sources.browser;

/** Counters of one browser session, for logs, benchmarks and tests. */
public record BrowserStats(int pagesLoaded, int contextsCreated, long requestsBlocked) {
}
