package dev.careeragent.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Job source settings: base URL overrides (source id to URL, so a site's move or a test server is one edit),
 * which sources run when a search names none, the LinkedIn opt-in (its terms restrict automated access),
 * company board names for Greenhouse, Lever and Ashby, an optional proxy (its password lives in the vault), the
 * delay range between pages of the browser job boards, and after how many days unseen postings are archived.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceSettings(
        Map<String, String> baseUrls,
        List<String> enabledSources,
        boolean linkedInOptIn,
        Map<String, List<String>> companyBoards,
        ProxyServer proxyServer,
        DelayRange pageDelay,
        int staleAfterDays) {

    public static final int DEFAULT_STALE_AFTER_DAYS = 30;
    /** The sources a new user starts with: public APIs that need no browser and no opt-in. */
    public static final List<String> DEFAULT_SOURCES = List.of("remotive", "remoteok", "arbeitnow", "hackernews");

    public SourceSettings {
        baseUrls = baseUrls == null ? Map.of() : Map.copyOf(baseUrls);
        enabledSources = enabledSources == null ? DEFAULT_SOURCES : List.copyOf(enabledSources);
        Map<String, List<String>> boards = new TreeMap<>();
        if (companyBoards != null) {
            companyBoards.forEach((source, names) -> boards.put(source, names == null ? List.of() : List.copyOf(names)));
        }
        companyBoards = Map.copyOf(boards);
        proxyServer = proxyServer == null ? ProxyServer.none() : proxyServer;
        pageDelay = pageDelay == null ? DelayRange.DEFAULT : pageDelay;
        staleAfterDays = staleAfterDays <= 0 ? DEFAULT_STALE_AFTER_DAYS : staleAfterDays;
    }

    public static SourceSettings defaults() {
        return new SourceSettings(null, null, false, null, null, null, DEFAULT_STALE_AFTER_DAYS);
    }

    /** Board names for "greenhouse", "lever" or "ashby"; empty when none were added. */
    public List<String> boardsOf(String sourceId) {
        return companyBoards.getOrDefault(sourceId, List.of());
    }

    public SourceSettings withBaseUrl(String sourceId, String url) {
        Map<String, String> urls = new TreeMap<>(baseUrls);
        if (url == null || url.isBlank()) {
            urls.remove(sourceId);
        } else {
            urls.put(sourceId, url.strip());
        }
        return new SourceSettings(urls, enabledSources, linkedInOptIn, companyBoards, proxyServer, pageDelay, staleAfterDays);
    }

    public SourceSettings withEnabledSources(List<String> value) {
        return new SourceSettings(baseUrls, value, linkedInOptIn, companyBoards, proxyServer, pageDelay, staleAfterDays);
    }

    public SourceSettings withLinkedInOptIn(boolean value) {
        return new SourceSettings(baseUrls, enabledSources, value, companyBoards, proxyServer, pageDelay, staleAfterDays);
    }

    public SourceSettings withCompanyBoards(String sourceId, List<String> names) {
        Map<String, List<String>> boards = new TreeMap<>(companyBoards);
        List<String> clean = new ArrayList<>();
        names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().forEach(clean::add);
        boards.put(sourceId, clean);
        return new SourceSettings(baseUrls, enabledSources, linkedInOptIn, boards, proxyServer, pageDelay, staleAfterDays);
    }

    public SourceSettings withProxy(ProxyServer value) {
        return new SourceSettings(baseUrls, enabledSources, linkedInOptIn, companyBoards, value, pageDelay, staleAfterDays);
    }

    public SourceSettings withPageDelay(DelayRange value) {
        return new SourceSettings(baseUrls, enabledSources, linkedInOptIn, companyBoards, proxyServer, value, staleAfterDays);
    }

    public SourceSettings withStaleAfterDays(int days) {
        return new SourceSettings(baseUrls, enabledSources, linkedInOptIn, companyBoards, proxyServer, pageDelay, days);
    }
}
