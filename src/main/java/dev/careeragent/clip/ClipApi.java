package dev.careeragent.clip;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clip API as the desktop app runs it: on 127.0.0.1 at the port from Settings unless switched off there,
 * restarted when they change, stopped on exit. A busy port is reported in {@link #status()}, never thrown.
 */
public final class ClipApi implements AutoCloseable {

    static final int REQUESTS_PER_MINUTE = 60;
    private static final Logger LOG = LoggerFactory.getLogger(ClipApi.class);

    private final Supplier<ClipSettings> settings;
    private final ClipToken token;
    private final ClipService clips;
    private final Supplier<Map<String, Object>> metrics;
    private ClipServer server;
    private String status = "Not started.";

    public ClipApi(Supplier<ClipSettings> settings, ClipToken token, ClipService clips, Supplier<Map<String, Object>> metrics) {
        this.settings = settings;
        this.token = token;
        this.clips = clips;
        this.metrics = metrics;
    }

    /** (Re)starts the server as the settings say; the address it listens on, empty when off or the port is taken. */
    public synchronized Optional<InetSocketAddress> start() {
        close();
        ClipSettings wanted = settings.get();
        if (!wanted.enabled()) {
            status = "Off.";
            return Optional.empty();
        }
        try {
            token.value();
            server = ClipServer.start(wanted.port(), token, clips, metrics, ClipServer.DEFAULT_BODY_CAP, REQUESTS_PER_MINUTE);
            status = "Listening on http://127.0.0.1:" + server.address().getPort() + ".";
            return Optional.of(server.address());
        } catch (IOException e) {
            LOG.warn("Clip API could not listen on port {}: {}", wanted.port(), e.getMessage());
            status = "Could not listen on 127.0.0.1:" + wanted.port() + " (" + e.getMessage()
                    + "). Is `career-agent serve` or another program using it? Choose another port.";
            return Optional.empty();
        }
    }

    /** The port chosen in Settings > Browser clip ({@code serve} listens there unless given --port). */
    public int configuredPort() {
        return settings.get().port();
    }

    /** Listening, off, or why not. */
    public synchronized String status() {
        return status;
    }

    public ClipToken token() {
        return token;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
            status = "Stopped.";
        }
    }
}
