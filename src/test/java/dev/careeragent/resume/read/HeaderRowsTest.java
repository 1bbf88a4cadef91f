package dev.careeragent.resume.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A Word table row of short dated cells read as one header line; every text is made up. */
class HeaderRowsTest {

    @Test
    void aDatedRowOfShortCellsIsOneLineWithItsCellsApart() {
        String row = HeaderRows.joined(List.of(List.of("Software Entwicklung", "Praktikum"), List.of(),
                List.of("Nordwerk Group"), List.of("Regensburg,", "Deutschland"), List.of("seit 02/2023")));
        assertThat(row).isEqualTo("Software Entwicklung | Praktikum\tNordwerk Group\tRegensburg, Deutschland\tseit 02/2023");
    }

    @Test
    void aRowWithoutDatesOrWithProseStaysAsItWas() {
        assertThat(HeaderRows.joined(List.of(List.of("Skills"), List.of("Java", "SQL")))).isNull();
        assertThat(HeaderRows.joined(List.of(List.of("2019 – 2021"), List.of("Clerk",
                "Handled the incoming post and the filing of the whole office every day.")))).isNull();
    }
}
