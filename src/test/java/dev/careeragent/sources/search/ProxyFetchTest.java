package dev.careeragent.sources.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.sources.LoopbackProxy;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.search.SourceOutcome.Status;
import dev.careeragent.sources.settings.ProxyServer;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.testing.DebugLogFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxy's password comes from the vault: the API sources go through an authenticating proxy on loopback. */
class ProxyFetchTest {

    private static final String USER = "seeker";
    private static final String PASSWORD = "Px9-unique-proxy-secret";

    @TempDir
    Path dir;

    private SearchRig rig;
    private LoopbackProxy proxy;

    @BeforeEach
    void start() {
        rig = new SearchRig(dir);
        rig.serveApis();
        proxy = LoopbackProxy.start(USER, PASSWORD);
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        rig.close();
    }

    @Test
    void apiSourcesGoThroughTheAuthenticatingProxyWithThePasswordFromTheVaultOnly() throws Exception {
        Path log = dir.resolve("log/debug.log");
        JobSearchService service = rig.service();
        SearchRunResult result;
        try (DebugLogFile ignored = new DebugLogFile(log)) {
            service.settings().save(rig.settings.get(SourceSettings.KEY).toBuilder()
                    .proxyServer(new ProxyServer(true, "127.0.0.1", proxy.port(), USER)).build(), null, PASSWORD);
            result = service.run(SearchCriteria.of("", null, 20), List.of("remoteok"), SearchListener.NONE, () -> false);
        }

        assertThat(result.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).as(o.message()).isEqualTo(Status.SUCCEEDED);
            assertThat(o.found()).isPositive();
        });
        assertThat(proxy.requests()).as("every request went through the proxy")
                .extracting(r -> r.target().getPath()).contains("/robots.txt", "/api");
        assertThat(proxy.requests()).as("the proxy's 407 was answered with the vault's password")
                .anyMatch(r -> r.authorised() && r.target().getPath().equals("/api"));
        assertThat(rig.site.hits("/api")).hasSize(1);
        assertThat(rig.vault.get(SourceSettingsService.PROXY_PASSWORD)).contains(PASSWORD);
        assertThat(service.settings().hasProxyPassword()).isTrue();
        String settingsFile = Files.readString(dir.resolve("settings.json"));
        assertThat(settingsFile).contains("\"host\" : \"127.0.0.1\"").contains(USER).doesNotContain(PASSWORD);
        assertThat(Files.readString(log)).contains("Saved job source settings").doesNotContain(PASSWORD);
    }

    @Test
    void withoutThePasswordTheProxyRefusesAndTheSourceSaysSo() {
        rig.sources(s -> s.proxyServer(new ProxyServer(true, "127.0.0.1", proxy.port(), USER)));
        SearchRunResult result = rig.service().run(SearchCriteria.of("", null, 20), List.of("remoteok"),
                SearchListener.NONE, () -> false);

        assertThat(result.outcomes()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Status.FAILED));
        assertThat(proxy.requests()).isNotEmpty().noneMatch(LoopbackProxy.Request::authorised);
        assertThat(rig.site.hits()).as("nothing reached the site around the proxy").isEmpty();
    }
}
