package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeDateParserTest {

    // 2026-03-10 10:00 in Berlin
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final RelativeDateParser parser = new RelativeDateParser(clock);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2 hours ago; 2026-03-10",
            "12 hours ago; 2026-03-09",
            "30+ days ago; 2026-02-08",
            "Just posted; 2026-03-10",
            "Today; 2026-03-10",
            "yesterday; 2026-03-09",
            "il y a 3 jours; 2026-03-07",
            "vor 2 Tagen; 2026-03-08",
            "vor 1 Woche; 2026-03-03",
            "il y a 2 semaines; 2026-02-24",
            "Posted 5 days ago; 2026-03-05",
            "Employer Active 3 days ago; 2026-03-07",
            "a day ago; 2026-03-09",
            "1 month ago; 2026-02-10",
            "2 weeks ago; 2026-02-24",
            "30j+; 2026-02-08",
            "22j; 2026-02-16",
            "24h; 2026-03-09",
            "3 d; 2026-03-07",
            "2026-02-01; 2026-02-01",
            "2023-04-13T16:38:22Z; 2023-04-13",
            "2026-07-10T20:00:05+00:00; 2026-07-10",
            "2026-07-08T21:48:18; 2026-07-08",
            "il y a un jour; 2026-03-09",
            "vor einem Monat; 2026-02-10",
            "45 minutes ago; 2026-03-10"})
    void readsRelativeAndAbsoluteDates(String text, LocalDate expected) {
        assertThat(parser.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Be among the first 25 applicants", "Easy Apply", "area manager"})
    void nonDatesGiveEmpty(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @Test
    void readsEpochSecondsAndMillis() {
        assertThat(parser.fromEpoch(1_700_055_086_285L)).isEqualTo(LocalDate.of(2023, 11, 15));
        assertThat(parser.fromEpoch(1_783_731_532L)).isEqualTo(LocalDate.of(2026, 7, 11));
    }
}
