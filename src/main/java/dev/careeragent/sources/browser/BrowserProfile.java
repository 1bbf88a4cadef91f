package dev.careeragent.sources.browser;

import java.time.ZoneId;
import java.util.Set;

/**
 * The browser context of one source: its own cookies, a realistic user agent (null = derived from
 * the installed Chromium's version), locale, time zone and window size. With {@code firstPartyOnly},
 * sub-resources from other sites (trackers, CDNs, ads) are never requested; {@code extraHosts}
 * lists the few that are needed. {@code waitForSelector} (optional) waits for content that a page
 * renders with script after it loaded.
 */
public record BrowserProfile(String sourceId, String userAgent, String locale, String timezoneId, int viewportWidth,
        int viewportHeight, boolean firstPartyOnly, Set<String> extraHosts, String waitForSelector) {

    public BrowserProfile {
        locale = locale == null ? "en-US" : locale;
        timezoneId = timezoneId == null ? ZoneId.systemDefault().getId() : timezoneId;
        extraHosts = extraHosts == null ? Set.of() : Set.copyOf(extraHosts);
    }

    public static BrowserProfile forSource(String sourceId) {
        return new BrowserProfile(sourceId, null, "en-US", null, 1366, 768, true, Set.of(), null);
    }

    public BrowserProfile withLocale(String value) {
        return new BrowserProfile(sourceId, userAgent, value, timezoneId, viewportWidth, viewportHeight,
                firstPartyOnly, extraHosts, waitForSelector);
    }

    public BrowserProfile withUserAgent(String value) {
        return new BrowserProfile(sourceId, value, locale, timezoneId, viewportWidth, viewportHeight, firstPartyOnly,
                extraHosts, waitForSelector);
    }

    public BrowserProfile withWaitForSelector(String selector) {
        return new BrowserProfile(sourceId, userAgent, locale, timezoneId, viewportWidth, viewportHeight,
                firstPartyOnly, extraHosts, selector);
    }

    public BrowserProfile allowingHosts(Set<String> hosts) {
        return new BrowserProfile(sourceId, userAgent, locale, timezoneId, viewportWidth, viewportHeight,
                firstPartyOnly, hosts, waitForSelector);
    }
}
