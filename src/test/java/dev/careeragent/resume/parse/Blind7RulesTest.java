package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.TextLine;

/** Rules from the lead's blind 7 check (names, headings, wrapped employer lines); every text is made up. */
class Blind7RulesTest {

    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void germanCareerHeadingsOpenTheExperienceSection() {
        assertThat(SectionVocabulary.kindOf("Berufliche Laufbahn")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Erfahrungen und Tätigkeiten")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Ehrenamtliche Tätigkeiten")).isNotEqualTo(java.util.Optional.of(SectionKind.EXPERIENCE));
    }

    @Test
    void aHeadingWithOneLetterWrongInsideStillOpensItsSection() {
        assertThat(SectionVocabulary.kindOf("BERUFSERFARUNG")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Work Experiance")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Eductation")).contains(SectionKind.EDUCATION);
        assertThat(SectionVocabulary.kindOf("Experienced")).isEmpty();
    }

    @Test
    void aNameOfTwoWordsOverTwoMoreInTheSameCapitalsIsOneName() {
        lines.add(line("MARTA ISABEL", 16, true, true));
        lines.add(line("QUINTERO SALAS", 16, true, false));
        lines.add(line("DATA ANALYST", 10, true, false));
        lines.add(line("marta.q@example.com", 9, false, true));

        assertThat(parse().contact().name()).isEqualToIgnoringCase("Marta Isabel Quintero Salas");
    }

    @Test
    void nameLinesALittleApartInSizeAreStillOneName() {
        lines.add(line("JOANA BEATRIZ", 25.7f, true, true));
        lines.add(line("SOUSA LIMA", 25, true, false));
        lines.add(line("Desenvolvedora Backend", 13, true, false));
        lines.add(line("joana@example.com", 10, false, true));

        assertThat(parse().contact().name()).isEqualToIgnoringCase("Joana Beatriz Sousa Lima");
    }

    @Test
    void aTitleEndingInAPrepositionLeavesItToTheEmployerOnTheNextLine() {
        lines.add(line("Olena Petrenko", 24, true, true));
        lines.add(line("Berufserfahrung", 14, true, true));
        lines.add(line("03.2017-10.2020 Gesundheits- und Krankenpflegerin im", 10, false, true));
        lines.add(line("Klinikum Nord, Hamburg", 10, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::title)
                .containsExactly("Gesundheits- und Krankenpflegerin");
    }

    @Test
    void aFamilyNameUnderAShortNameInTheSameTypeJoinsIt() {
        lines.add(line("Jean Paul", 16, true, true));
        lines.add(line("Mbarga", 16, true, false));
        lines.add(line("+49 151 2345 6789", 10, false, true));

        assertThat(parse().contact().name()).isEqualTo("Jean Paul Mbarga");
    }

    @Test
    void aHeadlineUnderTheNameInTheSameTypeStaysApart() {
        lines.add(line("Jean Paul", 16, true, true));
        lines.add(line("Developer", 16, true, false));
        lines.add(line("+49 151 2345 6789", 10, false, true));

        assertThat(parse().contact().name()).isEqualTo("Jean Paul");
    }

    @Test
    void aCoverPageHeadingGivesWayToTheNameTheEmailSpells() {
        lines.add(line("Bewerbung", 36, true, true));
        lines.add(line("Nordwerk Holding GmbH", 14, true, false));
        lines.add(line("Lena Vogt", 28, true, true));
        lines.add(line("Lindenweg 4, 34117 Kassel", 14, false, false));
        lines.add(line("lena.vogt@example.com", 14, false, false));

        assertThat(parse().contact().name()).isEqualTo("Lena Vogt");
    }

    @Test
    void aHeaderLineWrappedBeforeBeiStartsWithTheEmployer() {
        lines.add(line("Lena Vogt", 24, true, true));
        lines.add(line("Berufserfahrung", 14, true, true));
        lines.add(line("Oktober 2023 – Mai 2024", 10, false, true));
        lines.add(line("WERKSTUDENTIN DATENERFASSUNG", 10, true, false));
        lines.add(line("BEI NORDKORN GMBH & CO. KG", 10, true, false));
        lines.add(line("Pflege der Kundendaten im CRM.", 10, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::company).containsExactly("NORDKORN GMBH & CO. KG");
    }

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
