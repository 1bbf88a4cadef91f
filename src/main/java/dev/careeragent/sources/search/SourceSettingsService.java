package dev.careeragent.sources.search;

import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.security.SecretVault;
import dev.careeragent.sources.fetch.ProxySettings;
import dev.careeragent.sources.settings.ProxyServer;
import dev.careeragent.sources.settings.SourceSettings;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job source settings as the fetchers and Settings > Job sources see them: everything but the proxy
 * password is saved to the settings file in one atomic write; the proxy password goes to the secret vault only
 * (never to the settings file, the database or the log) and is read back from there for each run.
 */
public final class SourceSettingsService {

    /** Vault key of the proxy password. */
    public static final String PROXY_PASSWORD = "sources.proxy.password";
    private static final Logger LOG = LoggerFactory.getLogger(SourceSettingsService.class);

    private final SettingsStore settings;
    private final Supplier<SecretVault> vault;

    /** @param vault the app's vault, asked for only when a proxy password is read or saved */
    public SourceSettingsService(SettingsStore settings, Supplier<SecretVault> vault) {
        this.settings = settings;
        this.vault = vault;
    }

    public SourceSettings sources() {
        return settings.get(SourceSettings.KEY);
    }

    /** The browser the job boards use; null for the one found installed. */
    public String browserPath() {
        return settings.get(SourceSettings.BROWSER_PATH);
    }

    /**
     * Saves the source settings and the browser path in one write, and the proxy password when
     * {@code proxyPassword} is not null (empty removes it).
     */
    public void save(SourceSettings sources, String browserPath, String proxyPassword) {
        if (proxyPassword != null) {
            if (proxyPassword.isEmpty()) {
                vault.get().delete(PROXY_PASSWORD);
            } else {
                vault.get().put(PROXY_PASSWORD, proxyPassword);
            }
        }
        String path = browserPath == null || browserPath.isBlank() ? null : browserPath.strip();
        settings.update(edit -> edit.put(SourceSettings.KEY, sources).put(SourceSettings.BROWSER_PATH, path));
        ProxyServer proxy = sources.proxyServer();
        LOG.info("Saved job source settings: sources {}, proxy {}; proxy password {}", sources.enabledSources(),
                proxy.inUse() ? proxy.host() + ":" + proxy.port() : "off",
                proxyPassword == null ? "unchanged" : proxyPassword.isEmpty() ? "removed" : "stored in the vault");
    }

    public boolean hasProxyPassword() {
        return vault.get().get(PROXY_PASSWORD).isPresent();
    }

    /**
     * The proxy every fetch of a run goes through, with its password from the vault; null when it is off.
     *
     * @throws IllegalArgumentException when the proxy settings are incomplete, saying what to fix
     */
    public ProxySettings proxy() {
        ProxyServer server = sources().proxyServer();
        if (!server.enabled()) {
            return null;
        }
        String password = server.user() == null ? null : vault.get().get(PROXY_PASSWORD).orElse(null);
        return new ProxySettings("http", server.host(), server.port(), server.user(), password);
    }
}
