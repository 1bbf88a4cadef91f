package dev.careeragent.sources.settings;

import dev.careeragent.core.settings.SettingsKey;
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
public record SourceSettings(
        Map<String, String> baseUrls,
        List<String> enabledSources,
        boolean linkedInOptIn,
        Map<String, List<String>> companyBoards,
        ProxyServer proxyServer,
        DelayRange pageDelay,
        int staleAfterDays) {

    public static final SettingsKey<SourceSettings> KEY =
            SettingsKey.named("sources", SourceSettings.class, SourceSettings::defaults);
    /** The Chrome, Edge or Chromium the browser job boards use; null for the one found installed. */
    public static final SettingsKey<String> BROWSER_PATH = SettingsKey.named("browserPath", String.class, () -> null);
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

    /** A copy to change: {@code settings.toBuilder().enabledSources(ids).build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings, keeps the others; blank URLs and board names are dropped. */
    public static final class Builder {
        private final Map<String, String> baseUrls;
        private final Map<String, List<String>> companyBoards;
        private List<String> enabledSources;
        private boolean linkedInOptIn;
        private ProxyServer proxyServer;
        private DelayRange pageDelay;
        private int staleAfterDays;

        private Builder(SourceSettings from) {
            baseUrls = new TreeMap<>(from.baseUrls);
            companyBoards = new TreeMap<>(from.companyBoards);
            enabledSources = from.enabledSources;
            linkedInOptIn = from.linkedInOptIn;
            proxyServer = from.proxyServer;
            pageDelay = from.pageDelay;
            staleAfterDays = from.staleAfterDays;
        }

        public Builder baseUrl(String sourceId, String url) {
            if (url == null || url.isBlank()) {
                baseUrls.remove(sourceId);
            } else {
                baseUrls.put(sourceId, url.strip());
            }
            return this;
        }

        public Builder companyBoards(String sourceId, List<String> names) {
            List<String> clean = new ArrayList<>();
            names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().forEach(clean::add);
            companyBoards.put(sourceId, clean);
            return this;
        }

        public Builder enabledSources(List<String> value) { enabledSources = value; return this; }
        public Builder linkedInOptIn(boolean value) { linkedInOptIn = value; return this; }
        public Builder proxyServer(ProxyServer value) { proxyServer = value; return this; }
        public Builder pageDelay(DelayRange value) { pageDelay = value; return this; }
        public Builder staleAfterDays(int value) { staleAfterDays = value; return this; }

        public SourceSettings build() {
            return new SourceSettings(baseUrls, enabledSources, linkedInOptIn, companyBoards, proxyServer, pageDelay,
                    staleAfterDays);
        }
    }
}
