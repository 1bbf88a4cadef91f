package dev.careeragent.sources.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.sources.fetch.FetchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserOptionsTest {

    @Test
    void aMissingConfiguredBrowserSaysWhatToDo() {
        assertThatThrownBy(() -> BrowserOptions.locate("/nowhere/chromium", null))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.NO_BROWSER);
                    assertThat(e.getMessage()).contains("/nowhere/chromium").contains("Install Chromium")
                            .contains("set the browser path in Settings");
                });
    }

    @Test
    void aPlaywrightTimeoutOnTheSessionThreadBecomesTheFetchersIoException() {
        try (BrowserSession session = new BrowserSession(new BrowserOptions(Path.of("/usr/bin/chromium"), null, true,
                Duration.ofSeconds(1), 10))) {
            assertThatThrownBy(() -> session.call(() -> {
                throw new com.microsoft.playwright.TimeoutError("Timeout 700ms exceeded.\nCall log: ...");
            })).isInstanceOf(java.io.IOException.class).hasMessage("Timeout 700ms exceeded.")
                    .hasCauseInstanceOf(com.microsoft.playwright.TimeoutError.class);
        }
    }

    @Test
    void sitesOfTheSameDomainAreFirstPartyButIpAddressesOnlyThemselves() {
        assertThat(BrowserTransport.sameSite("static.linkedin.com", "www.linkedin.com")).isTrue();
        assertThat(BrowserTransport.sameSite("linkedin.com", "www.linkedin.com")).isTrue();
        assertThat(BrowserTransport.sameSite("static.licdn.com", "www.linkedin.com")).isFalse();
        assertThat(BrowserTransport.sameSite("127.0.0.2", "127.0.0.1")).isFalse();
    }

    @Tag("browser")
    @Test
    void aBrowserThatDoesNotStartGivesAClearMessage(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("chromium");
        Files.writeString(fake, "#!/bin/sh\necho broken >&2\nexit 3\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        BrowserOptions options = BrowserOptions.locate(fake.toString(), null).withNavigationTimeout(Duration.ofSeconds(5));
        try (BrowserSession session = new BrowserSession(options)) {
            BrowserTransport transport = session.transportFor(BrowserProfile.forSource("x"));
            assertThatThrownBy(() -> transport.load(URI.create("http://127.0.0.1:9/")))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FetchException.Kind.NO_BROWSER);
                        assertThat(e.getMessage()).contains(fake.toString()).contains("could not be started")
                                .contains("Settings");
                    });
        }
    }
}
