package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmploymentTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "FULL_TIME; Full-time",
            "FullTime; Full-time",
            "full_time; Full-time",
            "Full Time; Full-time",
            "Permanent, Full-time; Permanent, Full-time",
            "CDI; Permanent",
            "CDD; Temporary",
            "Stage; Internship",
            "Alternance; Apprenticeship",
            "Vollzeit, unbefristet; Full-time, Permanent",
            "Teilzeit, befristet; Part-time, Temporary",
            "PART_TIME; Part-time",
            "Contractor; Contract",
            "CONTRACTOR; Contract",
            "TEMPORARY; Temporary",
            "INTERN; Internship",
            "Full time or Full time contract; Full-time, Contract",
            "Praktikum; Internship",
            "VOLUNTEER; Volunteer",
            "Per diem; Temporary",
            "Shift work; Shift work"})
    void normalisesBoardWording(String text, String expected) {
        assertThat(EmploymentType.normalize(text)).isEqualTo(expected);
    }

    @Test
    void blankIsNullAndInternalIsNotAnInternship() {
        assertThat(EmploymentType.normalize(" ")).isNull();
        assertThat(EmploymentType.parseAll("International internal role")).isEmpty();
    }
}
