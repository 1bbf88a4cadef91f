package dev.careeragent.sources.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One answer from a site: where we asked, where we ended up after redirects, the status, the
 * headers (names in lower case) and the body as text (the rendered DOM for browser loads).
 */
public record FetchedPage(URI requestedUrl, URI finalUrl, int status, Map<String, String> headers, String body,
        Duration elapsed) {

    public FetchedPage {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        finalUrl = finalUrl == null ? requestedUrl : finalUrl;
        Map<String, String> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        }
        headers = Map.copyOf(lower);
        body = body == null ? "" : body;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** True when redirects took us to another path (or host) than the one we asked for. */
    public boolean redirected() {
        return !Objects.equals(requestedUrl.getHost(), finalUrl.getHost())
                || !Objects.equals(requestedUrl.getPath(), finalUrl.getPath());
    }

    public boolean isHtml() {
        String type = header("content-type").orElse("");
        if (!type.isEmpty()) {
            return type.contains("html");
        }
        String start = body.stripLeading();
        return start.startsWith("<");
    }
}
