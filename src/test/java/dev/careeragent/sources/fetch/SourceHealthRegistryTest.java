package dev.careeragent.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.sources.FakeTime;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceHealthRegistryTest {

    private final FakeTime time = new FakeTime();
    private final SourceHealthRegistry registry = new SourceHealthRegistry(time);
    private final SourcePolicy policy = SourcePolicy.jobBoard("board", "Board", URI.create("http://127.0.0.1/"))
            .withPause(Duration.ofHours(1), Duration.ofHours(6));

    @Test
    void eachBlockDoublesTheCoolDownUpToTheMaximum() {
        assertThat(registry.pause(policy, "captcha")).isEqualTo(time.instant().plus(Duration.ofHours(1)));
        assertThat(registry.pause(policy, "captcha")).isEqualTo(time.instant().plus(Duration.ofHours(2)));
        assertThat(registry.pause(policy, "captcha")).isEqualTo(time.instant().plus(Duration.ofHours(4)));
        assertThat(registry.pause(policy, "captcha")).isEqualTo(time.instant().plus(Duration.ofHours(6)));
        assertThat(registry.get("board").pauseReason()).isEqualTo("captcha");
    }

    @Test
    void aPauseEndsWithTimeAndASuccessResetsTheDoubling() {
        registry.pause(policy, "login wall");
        assertThat(registry.pausedNow("board")).isPresent();
        time.advance(Duration.ofMinutes(61));
        assertThat(registry.pausedNow("board")).isEmpty();
        registry.recordSuccess("board");
        assertThat(registry.get("board").lastSuccess()).isEqualTo(time.instant());
        assertThat(registry.pause(policy, "again")).isEqualTo(time.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void errorsAreRecordedAndResumeEndsAPauseEarly() {
        registry.recordError("board", "HTTP 500");
        assertThat(registry.get("board").lastError()).isEqualTo("HTTP 500");
        assertThat(registry.get("board").lastErrorAt()).isEqualTo(time.instant());
        registry.pause(policy, "captcha");
        registry.resume("board");
        assertThat(registry.pausedNow("board")).isEmpty();
        assertThat(registry.all()).containsKey("board");
    }
}
