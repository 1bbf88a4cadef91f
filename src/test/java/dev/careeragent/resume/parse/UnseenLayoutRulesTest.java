package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.TextCleaner;
import dev.careeragent.resume.read.TextLine;

/** Rules from the fourth set-aside part (names, headings, entries of layouts not met before); every text is made up. */
class UnseenLayoutRulesTest {

    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void aNameInCapitalsWrappedOntoASecondLineKeepsItsLastName() {
        lines.add(line("MARIA JOSEFA LOPEZ", 24, true, true));
        lines.add(line("GARCIA", 24, true, false));
        lines.add(line("maria@example.com", 10, false, false));
        lines.add(line("EXPERIENCE", 14, true, true));

        assertThat(parse().contact().name()).isEqualTo("MARIA JOSEFA LOPEZ GARCIA");
    }

    @Test
    void aNameOverTwoLinesWithAnAddressColumnBesideIt() {
        lines.add(line("Ngozi\t(212) 555-0142", 22, false, true));
        lines.add(line("14 Park Street", 9, false, false));
        lines.add(line("Adeyemi\tNew York", 22, false, false));

        assertThat(parse().contact().name()).isEqualTo("Ngozi Adeyemi");
    }

    @Test
    void aHeadlineUnderAMixedCaseNameIsNotPartOfIt() {
        lines.add(line("Dana Whitfield", 24, true, true));
        lines.add(line("Accountant", 24, true, false));

        assertThat(parse().contact().name()).isEqualTo("Dana Whitfield");
    }

    @Test
    void labelsMarksAndSplitLettersAroundANameAreDropped() {
        lines.add(line("PERSONAL INFORMATION Paolo Verdi", 12, true, true));
        assertThat(parse().contact().name()).isEqualTo("Paolo Verdi");
        lines.set(0, line("# Nora Quinn", 11, true, true));
        assertThat(parse().contact().name()).isEqualTo("Nora Quinn");
        lines.set(0, line("Ion - Andrei Popa", 30, false, true));
        assertThat(parse().contact().name()).isEqualTo("Ion-Andrei Popa");
        lines.set(0, line("A lina Ben Salah", 26, true, true));
        assertThat(parse().contact().name()).isEqualTo("Alina Ben Salah");
    }

    @Test
    void aLetterAndItsCombiningAccentAreOneLetter() {
        assertThat(TextCleaner.clean("Le\u0301a Fe\u0301vrier")).isEqualTo("Léa Février");
    }

    @Test
    void germanAndScandinavianCompoundHeadings() {
        assertThat(SectionVocabulary.kindOf("ARBEITSERFAHRUNG")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Bildungsabschlüsse")).contains(SectionKind.EDUCATION);
        assertThat(SectionVocabulary.kindOf("Fremdsprachen")).contains(SectionKind.LANGUAGES);
        assertThat(SectionVocabulary.kindOf("ERFARENHETER")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Arbetslivserfarenhet")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("UTBILDNING")).contains(SectionKind.EDUCATION);
        // a long word that merely ends like a head is no heading when nothing comes before the ending
        assertThat(SectionVocabulary.kindOf("Erfahrung")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Weiterbildungskurs")).isEmpty();
    }

    @Test
    void aRepeatedHeadingContinuesItsSection() {
        lines.add(line("Lena Brandt", 20, true, true));
        lines.add(line("EXPERIENCE", 16, true, true));
        lines.add(line("03/2021 – 06/2022", 11, true, true));
        lines.add(line("Warehouse Assistant", 11, true, false));
        lines.add(line("Nordlicht Logistik GmbH", 11, false, false));
        lines.add(line("EDUCATION", 16, true, true));
        lines.add(line("2016 – 2020 BSc Logistics, Hochschule Bremen", 11, false, true));
        lines.add(line("EXPERIENCE", 16, true, true));
        lines.add(line("01/2019 – 02/2021", 11, true, true));
        lines.add(line("Barista", 11, true, false));
        lines.add(line("Kaffeehaus Mitte GmbH", 11, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::company)
                .containsExactly("Nordlicht Logistik GmbH", "Kaffeehaus Mitte GmbH");
    }

    @Test
    void oneLineJobsInABulletListEndingInTheirDates() {
        lines.add(line("Omar Haddad", 20, true, true));
        lines.add(line("Previous Experience", 16, true, true));
        lines.add(line("• Sales Intern, Delta Trading, May 2022 until now.", 14, false, false));
        lines.add(line("• Receptionist, Nile View Hotel, Cairo, (2018 – 2019).", 14, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Sales Intern", "Receptionist");
        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("Delta Trading", "Nile View Hotel");
    }

    @Test
    void aSmallerQualifierHeadingInsideExperienceIsASubheading() {
        lines.add(line("Chiara Neri", 30, false, true));
        lines.add(line("Experience", 14.3f, false, true));
        lines.add(line("Research", 12, false, false));
        lines.add(line("March 2020 – Present\tProject member, Lunar Survey Consortium", 10.9f, false, false));
        lines.add(line("Teaching", 12, false, true));
        lines.add(line("2018 – 2019\tTutor, University of Pavia", 10.9f, false, false));
        lines.add(line("Skills", 14.3f, false, true));
        lines.add(line("Python, R", 10.9f, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::company)
                .containsExactly("Lunar Survey Consortium", "University of Pavia");
    }

    @Test
    void aDateColumnWrappingItsRangeOverTwoLines() {
        List<TextLine> wrapped = new DateParser().joinWrappedRanges(List.of(
                line("November 2019 – Project member, Lunar Survey Consortium.", 10.9f, false, false),
                line("Present Galaxy Mapping Working Group", 10, false, false),
                line("February 2017 – Laboratory assistant, University of Pavia.", 10.9f, false, false),
                line("July 2017", 10, false, false)));

        assertThat(wrapped).extracting(TextLine::text).containsExactly(
                "Project member, Lunar Survey Consortium.\tNovember 2019 – Present", "Galaxy Mapping Working Group",
                "Laboratory assistant, University of Pavia.\tFebruary 2017 – July 2017");
    }

    @Test
    void workModeAndEmploymentTypeAreNotPartOfTheTitle() {
        lines.add(line("Ana Souza", 20, true, true));
        lines.add(line("Experiência", 14, true, true));
        lines.add(line("Banco Horizonte", 11, true, true));
        lines.add(line("Analista de Sistemas (Remoto)\t2022 – Presente", 11, false, false));
        lines.add(line("03/2011 – 09/2013 Vollzeit: Monteur, Keller Anlagenbau, Linz.", 11, false, true));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Analista de Sistemas", "Monteur");
        assertThat(jobs.get(0).location()).isEqualTo("Remote");
        assertThat(jobs.get(1).company()).isEqualTo("Keller Anlagenbau");
    }

    @Test
    void aFooterRepeatingTheContactDetailsIsNoJob() {
        lines.add(line("Karl Huber", 20, true, true));
        lines.add(line("karl.huber@example.com | +43 664 1234567", 10, false, false));
        lines.add(line("Beruflicher Werdegang", 14, true, true));
        lines.add(line("03/2018 – 07/2018 Praktikum, Alpen Logistik, Wels.", 11, false, true));
        lines.add(line("+43 664 1234567 • karl.huber@example.com", 9, false, true));

        assertThat(parse().experience()).hasSize(1);
    }

    @Test
    void nationalNumbersOfMoreCountries() {
        ContactExtractor contacts = new ContactExtractor();
        assertThat(contacts.phone("Teléfono 612345678")).isEqualTo("612345678");
        assertThat(contacts.phone("Cel. (11) 98765-4321")).isEqualTo("(11) 98765-4321");
        assertThat(contacts.phone("Tel 347 123 4567 | Milano")).isEqualTo("347 123 4567");
    }

    @Test
    void anEmployerWithItsAcronymAndHowLongOverItsRoles() {
        lines.add(line("Sam Reid", 20, true, true));
        lines.add(line("Experience", 18, true, true));
        lines.add(line("NRG - National Retail Group ~ 7 years (2015-Present)", 14, true, true));
        lines.add(line("Store Supervisor (2021-Present)", 12, true, true));
        lines.add(line("Ran the night shift of a 40-person store and its stock deliveries.", 11, false, false));
        lines.add(line("Stock Associate (2015-2021)", 12, true, true));
        lines.add(line("Received, counted and shelved deliveries for the grocery floor.", 11, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Store Supervisor", "Stock Associate");
        assertThat(jobs).extracting(ExperienceEntry::company).containsOnly("NRG - National Retail Group");
    }

    @Test
    void aParagraphOpeningTheSectionIsNoPartOfTheFirstJob() {
        lines.add(line("Marta Rossi", 20, true, true));
        lines.add(line("WORK EXPERIENCE", 14, true, true));
        lines.add(line("Currently taking part in exchange placements funded by a research network, aiming to build", 10, false, false));
        lines.add(line("shared tools for the study of regional dialects.", 10, false, false));
        lines.add(line("August 2023 – July 2024\tVisiting Researcher", 10, true, true));
        lines.add(line("Ghent University", 10, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Visiting Researcher");
        assertThat(jobs.get(0).company()).isEqualTo("Ghent University");
    }

    @Test
    void aFullStopEndsTheSentenceNotTheEmployersName() {
        lines.add(line("Leo Park", 20, true, true));
        lines.add(line("Experience", 14, true, true));
        lines.add(line("Teaching Assistant, Hillcrest University.\t2019 – 2020", 11, true, true));
        lines.add(line("Driver, Quickline Couriers Inc.\t2017 – 2019", 11, true, true));

        assertThat(parse().experience()).extracting(ExperienceEntry::company)
                .containsExactly("Hillcrest University", "Quickline Couriers Inc.");
    }

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
