package dev.careeragent.sources.fetch;

import java.net.URI;

/** URLs as they may appear in logs: no query string (it can carry tokens) and no user info. */
public final class LogSafe {

    private LogSafe() {
    }

    public static String url(URI url) {
        if (url == null) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        if (url.getScheme() != null) {
            text.append(url.getScheme()).append("://");
        }
        if (url.getHost() != null) {
            text.append(url.getHost());
        }
        if (url.getPort() != -1) {
            text.append(':').append(url.getPort());
        }
        text.append(url.getRawPath() == null ? "" : url.getRawPath());
        if (url.getRawQuery() != null) {
            text.append("?…");
        }
        return text.toString();
    }
}
