package dev.careeragent.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings a user types (base URLs, proxy) are checked with messages that say how to fix them. */
class SettingsValuesTest {

    @Test
    void baseUrlOverridesWinAndBadOnesAreExplained() {
        BaseUrls urls = new BaseUrls(Map.of("linkedin", "http://127.0.0.1:8080/"));
        assertThat(urls.forSource("linkedin", "https://www.linkedin.com/")).isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThat(urls.forSource("indeed", "https://www.indeed.com/")).isEqualTo(URI.create("https://www.indeed.com/"));
        assertThatThrownBy(() -> new BaseUrls(Map.of("indeed", "ftp://x")).forSource("indeed", "https://www.indeed.com/"))
                .hasMessageContaining("must start with http:// or https://").hasMessageContaining("Settings");
    }

    @Test
    void policyUrlsKeepTheBasePath() {
        SourcePolicy policy = SourcePolicy.api("greenhouse", "Greenhouse", URI.create("http://127.0.0.1:9/gh/"),
                Duration.ofSeconds(1));
        assertThat(policy.url("/v1/boards/acme/jobs")).isEqualTo(URI.create("http://127.0.0.1:9/gh/v1/boards/acme/jobs"));
        assertThat(SourcePolicy.jobBoard("x", "X", URI.create("https://x.com")).minDelay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void proxySettingsAreReadAndCheckedAndNeverPrintTheirPassword() {
        ProxySettings proxy = ProxySettings.parse("http://proxy.local:3128", "me", "s3cret");
        assertThat(proxy.server()).isEqualTo("http://proxy.local:3128");
        assertThat(proxy.toString()).doesNotContain("s3cret");
        assertThat(ProxySettings.parse(" ", null, null)).isNull();
        assertThatThrownBy(() -> ProxySettings.parse("proxy.local:3128", null, null))
                .hasMessageContaining("http://proxy.local:3128");
        assertThatThrownBy(() -> ProxySettings.parse("ftp://proxy.local:21", null, null))
                .hasMessageContaining("http://, https:// or socks5://");
        assertThatThrownBy(() -> new HttpFetcher(Duration.ofSeconds(1), ProxySettings.parse("socks5://127.0.0.1:1080",
                null, null), "ua")).hasMessageContaining("SOCKS");
    }

    @Test
    void logsNeverShowQueryStrings() {
        assertThat(LogSafe.url(URI.create("https://api.example.com/v1/jobs?api_key=SECRET&q=java")))
                .isEqualTo("https://api.example.com/v1/jobs?…");
        assertThat(LogSafe.url(URI.create("http://user:pw@127.0.0.1:8080/x"))).isEqualTo("http://127.0.0.1:8080/x");
    }
}
