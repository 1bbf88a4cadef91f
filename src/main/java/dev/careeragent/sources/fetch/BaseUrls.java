package dev.careeragent.sources.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Each source's base URL is a setting (source id to URL), so a user can follow a site's move and
 * tests can point a source at 127.0.0.1. Missing entries fall back to the source's public address.
 */
public record BaseUrls(Map<String, String> overrides) {

    public BaseUrls {
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    public static BaseUrls none() {
        return new BaseUrls(Map.of());
    }

    public URI forSource(String sourceId, String defaultUrl) {
        String configured = overrides.get(sourceId);
        String text = configured == null || configured.isBlank() ? defaultUrl : configured.strip();
        try {
            return check(sourceId, new URI(text));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The address set for source \"" + sourceId + "\" (" + text
                    + ") is not a valid web address. Fix it in Settings, e.g. https://www.example.com/", e);
        }
    }

    static URI check(String sourceId, URI url) {
        if (url == null || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("The address of source \"" + sourceId + "\" (" + url
                    + ") must start with http:// or https:// and name a host. Fix it in Settings.");
        }
        return url;
    }
}
