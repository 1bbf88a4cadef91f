package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.TextLine;

/** Rules from the lead's blind 8 check (header parts, intro paragraphs, contact lines); every text is made up. */
class Blind8RulesTest {

    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void aSemicolonPartsTheEmployerFromItsTown() {
        experience("Harbor Relief Agency; Kisumu, Kenya — Field Clerk", "JUNE 2019 – APRIL 2021");

        assertThat(parse().experience()).extracting(ExperienceEntry::company, ExperienceEntry::title)
                .containsExactly(tuple("Harbor Relief Agency", "Field Clerk"));
    }

    @Test
    void hoursStandingAsAPartOfTheirOwnAreNoEmployer() {
        experience("Backend Developer, Part-time @ Tidewater Labs | Accra, Ghana 03/2021 – Present");

        assertThat(parse().experience()).extracting(ExperienceEntry::company).containsExactly("Tidewater Labs");
    }

    @Test
    void theTownsAfterInAreTheEmployersPlace() {
        experience("Server at Marigold Diner in Reno, NV and in Carson City, NV (May 2021-Oct 2022)",
                "Line Cook at Bluebird Cafe in Boise, ID (Jan 2019-Apr 2021)");

        assertThat(parse().experience()).extracting(ExperienceEntry::company)
                .containsExactly("Marigold Diner", "Bluebird Cafe");
    }

    @Test
    void anEmployerBeforeASpacedDashAndATownIsNoPlace() {
        lines.add(line("Ada Mensah", 20, true, true));
        lines.add(line("Relevant Experience", 14, true, true));
        lines.add(fitted("Kroger - Newberry, SC", true));
        lines.add(fitted("Employee", true));
        lines.add(line("June 2020 - May 2022", 11, false, false));
        lines.add(line("• Stocked shelves.", 11, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::company, ExperienceEntry::title)
                .containsExactly(tuple("Kroger", "Employee"));
    }

    @Test
    void everyLineOfAnIntroducingParagraphIsSkippedNotOnlyItsLongOnes() {
        lines.add(line("Priya Raman", 20, true, true));
        lines.add(line("Experience Summary", 12, true, true));
        lines.add(line("I am a caseworker with more than eight years of work in intake, records and", 11, false, false));
        lines.add(line("family support, showing steady care for the people served by", 11, false, false));
        lines.add(line("local shelters and clinics.", 11, false, false));
        lines.add(line("Experience", 12, true, true));
        lines.add(line("Lakeside Family Services — Caseworker", 11, true, false));
        lines.add(line("2018 – 2024", 11, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::title).containsExactly("Caseworker");
    }

    @Test
    void aPlainNameLineOverItsDatesOpensTheNextEntry() {
        lines.add(line("Tomas Ferreira", 20, true, true));
        lines.add(line("Experience", 12, true, true));
        lines.add(line("Coastal Water Board — Field Technician", 11, true, false));
        lines.add(line("MAY 2022 – MARCH 2024", 11, false, false));
        lines.add(line("• Sampled wells across the district every week.", 11, false, false));
        lines.add(line("Coastal Water Board — Lab Assistant", 11, false, false)); // not bold, as after a page break
        lines.add(line("JAN 2020 – APRIL 2022", 11, false, false));
        lines.add(line("• Logged samples.", 11, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::title)
                .containsExactly("Field Technician", "Lab Assistant");
    }

    @Test
    void aLowerCaseNameWithAMiddleInitialIsFoundWhenTheEmailSpellsIt() {
        lines.add(line("Sinkor Road", 11, false, true));
        lines.add(line("Monrovia, 1000", 11, false, false));
        lines.add(line("marcus.weah77@example.com", 11, false, false));
        lines.add(line("marcus t weah", 22, true, false));
        lines.add(line("Objective", 12, true, true));

        assertThat(parse().contact().name()).isEqualTo("Marcus T Weah");
    }

    @Test
    void aNumberBeforeATownAndItsCountryIsAPostalCodeNotThePhone() {
        lines.add(line("40213-00500, Mombasa, Kenya.", 11, false, true));
        lines.add(line("+254 722 000123", 11, false, false));
        lines.add(line("wanjiru.k@example.com", 11, false, false));
        lines.add(line("Wanjiru Kamau", 18, true, false));

        assertThat(parse().contact().phone()).isEqualTo("+254 722 000123");
    }

    @Test
    void aLineWithOneDateInsideTheJobAboveIsATermOfThatJob() {
        lines.add(line("Ada Mensah", 20, true, true));
        lines.add(line("Experience", 12, true, true));
        lines.add(line("Lab Tutor, Department of Physics, Leeds, UK September 2020 - Present", 11, true, false));
        lines.add(line("Tutor for Thermodynamics (PHY 210) Spring 2022", 11, false, false));
        lines.add(line("Tutor for Mechanics (PHY 110) Fall 2021", 11, false, false));
        lines.add(line("Barista, Northside Coffee, Leeds, UK June 2018 - August 2020", 11, true, true));
        lines.add(line("Served customers.", 11, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::title).containsExactly("Lab Tutor", "Barista");
    }

    private void experience(String... header) {
        lines.add(line("Ada Mensah", 20, true, true));
        lines.add(line("Work Experience", 12, true, true));
        for (int i = 0; i < header.length; i++) {
            lines.add(line(header[i], 11, i == 0, i == 0));
            if (header[i].matches(".*(\\d{4}|Present)\\)?$")) {
                lines.add(line("• Did the work well.", 11, false, false));
            }
        }
    }

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    /** A line as wide as its text, so a short line is not read as wrapped onto the one above. */
    private static TextLine fitted(String text, boolean bold) {
        return new TextLine(text, 72, 0, 72 + 5.5f * text.length(), 11, bold, 1, TextLine.Region.BODY, false, false);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
