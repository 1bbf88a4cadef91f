package dev.careeragent.sources.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An optional proxy for every source, e.g. {@code http://proxy.local:3128} or
 * {@code socks5://127.0.0.1:1080}. The password comes from the secret vault, never from settings.
 */
public record ProxySettings(String scheme, String host, int port, String username, String password) {

    public ProxySettings {
        scheme = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("socks5")) {
            throw new IllegalArgumentException("The proxy must start with http://, https:// or socks5:// (it starts with "
                    + scheme + "://). Fix the proxy in Settings.");
        }
        if (host == null || host.isBlank() || port <= 0 || port > 65535) {
            throw new IllegalArgumentException("The proxy needs a host and a port, e.g. http://proxy.local:3128. "
                    + "Fix the proxy in Settings.");
        }
    }

    /** Reads "scheme://host:port" from settings; null or blank means "no proxy". */
    public static ProxySettings parse(String text, String username, String password) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("The proxy \"" + text + "\" is incomplete; write it like "
                        + "http://proxy.local:3128 in Settings.");
            }
            return new ProxySettings(uri.getScheme(), uri.getHost(), uri.getPort(), username, password);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The proxy \"" + text + "\" is not a valid address; write it like "
                    + "http://proxy.local:3128 in Settings.", e);
        }
    }

    /** The server as browsers expect it, e.g. {@code http://proxy.local:3128}. */
    public String server() {
        return scheme + "://" + host + ":" + port;
    }

    public boolean hasCredentials() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return server() + (hasCredentials() ? " (user " + username + ")" : "");
    }
}
