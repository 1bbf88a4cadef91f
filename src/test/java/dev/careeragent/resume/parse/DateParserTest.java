package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Jan 2020 – Present; 2020-01; ; true",
        "January 2020 - Dec 2021; 2020-01; 2021-12; false",
        "2019-03 – 2020-11; 2019-03; 2020-11; false",
        "03/2019 - 06/2020; 2019-03; 2020-06; false",
        "2019 – 2021; 2019; 2021; false",
        "Sept. 2018 — May 2023; 2018-09; 2023-05; false",
        "Since 2020; 2020; ; true",
        "2020 – heute; 2020; ; true",
        "seit März 2019; 2019-03; ; true",
        "depuis septembre 2017; 2017-09; ; true",
        "Oct. 2021 – Current; 2021-10; ; true",
        "June 2018 to July 2019; 2018-06; 2019-07; false",
        "enero 2015 - diciembre 2016; 2015-01; 2016-12; false",
        "Mar. 2010 - Aug. 2017; 2010-03; 2017-08; false",
        "August 2015 -- Present; 2015-08; ; true",
        "2021 - aujourd'hui; 2021; ; true",
        "Июнь 2024 - Август 2024; 2024-06; 2024-08; false",
        "сентября 2019 — по настоящее время; 2019-09; ; true"})
    void readsRanges(String text, String start, String end, boolean current) {
        DateSpan span = parser.find("Engineer  " + text).orElseThrow();
        assertThat(span.start()).hasToString(start);
        assertThat(span.end() == null ? null : span.end().toIso()).isEqualTo(end);
        assertThat(span.current()).isEqualTo(current);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Expected Graduation: May 2018; 2018-05", "Summer 2022; 2022", "2016; 2016"})
    void readsSingleDatesAsEnd(String text, String end) {
        DateSpan span = parser.find(text).orElseThrow();
        assertThat(span.start()).isNull();
        assertThat(span.end()).hasToString(end);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Reduced latency by 73%", "Served 2M+ users", "(555) 123-4567"})
    void ignoresNumbersThatAreNotDates(String text) {
        assertThat(parser.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Customer Service Supervisor (20xx to present); true; Customer Service Supervisor ()",
        "Bellevue University (June 20XX); false; Bellevue University ()", "Sales Associate 20xx-20xx; false; Sales Associate"})
    void aTemplatesPlaceholderYearMarksADateWithoutAValue(String text, boolean current, String rest) {
        DateSpan span = parser.find(text).orElseThrow();
        assertThat(span.start()).isNull();
        assertThat(span.end()).isNull();
        assertThat(span.current()).isEqualTo(current);
        assertThat(span.removeFrom(text).replaceAll("\\s+", " ").replace("( )", "()")).isEqualTo(rest);
    }
}
