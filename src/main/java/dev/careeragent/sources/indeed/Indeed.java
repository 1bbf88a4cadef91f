package dev.careeragent.sources.indeed;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import java.net.URI;

/** Names and small rules shared by the Indeed parsers. */
final class Indeed {
    static final String SOURCE = "indeed";
    static final String NAME = "Indeed";

    private Indeed() {
    }

    /** "https://uk.indeed.com" from any Indeed URL; www.indeed.com when unknown. */
    static String origin(String... urls) {
        for (String url : urls) {
            try {
                URI uri = url == null ? null : URI.create(url.strip());
                if (uri != null && uri.getHost() != null && uri.getHost().contains("indeed.")) {
                    return "https://" + uri.getHost();
                }
            } catch (IllegalArgumentException e) {
                // not a URL: try the next candidate
            }
        }
        return "https://www.indeed.com";
    }

    static String viewUrl(String origin, String jobKey) {
        return jobKey == null ? null : origin + "/viewjob?jk=" + jobKey;
    }

    /** Indeed's remote work codes (REMOTE_ALWAYS, REMOTE_HYBRID, ...). */
    static RemoteMode remoteMode(String type, boolean remoteFlag) {
        if (type != null) {
            if (type.contains("HYBRID")) {
                return RemoteMode.HYBRID;
            }
            if (type.contains("REMOTE")) {
                return RemoteMode.REMOTE;
            }
        }
        return remoteFlag ? RemoteMode.REMOTE : RemoteMode.UNKNOWN;
    }
}
