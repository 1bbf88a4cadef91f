package dev.careeragent.sources.settings;

/**
 * The optional http proxy every source goes through: on/off, host, port and user name. Its password lives in
 * the secret vault only, never here.
 */
public record ProxyServer(boolean enabled, String host, int port, String user) {

    public ProxyServer {
        host = host == null || host.isBlank() ? null : host.strip();
        user = user == null || user.isBlank() ? null : user.strip();
    }

    public static ProxyServer none() {
        return new ProxyServer(false, null, 0, null);
    }

    /** True when it is switched on and has a host and a port. */
    public boolean inUse() {
        return enabled && host != null && port > 0;
    }
}
