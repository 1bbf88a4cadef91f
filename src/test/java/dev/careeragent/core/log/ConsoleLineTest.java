package dev.careeragent.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The console line keeps the format the pattern layout gave: time, padded level, shortened logger, message. */
class ConsoleLineTest {

    @Test
    void aWarningReadsAsOneLineWithTheLoggerShortenedToFit() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("dev.careeragent.sources.fetch.PoliteFetcher"),
                Level.WARN, "Slow down: {} asked to wait", new IllegalStateException("not printed"), new Object[] {"example.com"});
        event.setTimeStamp(LocalDateTime.of(2026, 12, 7, 9, 5, 3, 7_000_000).atZone(ZoneId.systemDefault())
                .toInstant().toEpochMilli());

        assertThat(new ConsoleLine().doLayout(event))
                .isEqualTo("09:05:03.007 WARN  d.c.s.f.PoliteFetcher - Slow down: example.com asked to wait"
                        + System.lineSeparator());
    }

    @Test
    void aShortNameIsKeptWhole() {
        assertThat(ConsoleLine.shortLogger("javafx")).isEqualTo("javafx");
        assertThat(ConsoleLine.shortLogger("dev.careeragent.App")).isEqualTo("dev.careeragent.App");
        assertThat(ConsoleLine.shortLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper")).isEqualTo("o.h.e.j.s.SqlExceptionHelper");
    }
}
