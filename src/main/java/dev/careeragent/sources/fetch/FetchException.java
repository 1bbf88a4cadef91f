package dev.careeragent.sources.fetch;

import java.net.URI;

/**
 * Why a fetch did not give a page, with a message a user can act on. The {@link Kind} lets an
 * adapter or the UI react (skip a URL, show "paused until", retry later) without parsing text.
 */
public class FetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What stopped the fetch. */
    public enum Kind {
        /** robots.txt disallows the URL (or could not be read, which RFC 9309 treats as "disallow all"). */
        ROBOTS_DISALLOWED,
        /** The source is in a cool-down after a block; nothing was requested. */
        SOURCE_PAUSED,
        /** This answer was a CAPTCHA, login wall or bot block; the source is now paused. */
        BLOCKED,
        /** The site kept answering 429 Too Many Requests; the source is now paused. */
        RATE_LIMITED,
        /** The site answered with an error status (after retries for 5xx). */
        HTTP_ERROR,
        /** The site could not be reached or did not answer in time (after retries). */
        NETWORK,
        /** No browser is installed or configured. */
        NO_BROWSER,
        /** The run was cancelled while waiting. */
        CANCELLED
    }

    private final Kind kind;
    private final String sourceId;
    private final transient URI url;
    private final int status;
    private String headline;

    public FetchException(Kind kind, String sourceId, URI url, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.sourceId = sourceId;
        this.url = url;
        this.status = status;
    }

    public FetchException(Kind kind, String sourceId, URI url, String message) {
        this(kind, sourceId, url, -1, message, null);
    }

    /** One line a person would write, e.g. "No internet connection" (the message keeps the details). */
    public String headline() {
        return headline != null ? headline : Headlines.firstSentence(getMessage());
    }

    FetchException withHeadline(String line) {
        this.headline = line;
        return this;
    }

    public Kind kind() {
        return kind;
    }

    /** The source's id, or null when the failure is not tied to one source (e.g. no browser). */
    public String sourceId() {
        return sourceId;
    }

    public URI url() {
        return url;
    }

    /** The HTTP status when there was one, else -1. */
    public int status() {
        return status;
    }

    /** True when the whole source should be skipped for now, not just this URL. */
    public boolean stopsSource() {
        return switch (kind) {
            case SOURCE_PAUSED, BLOCKED, RATE_LIMITED, NO_BROWSER, CANCELLED -> true;
            default -> false;
        };
    }
}
