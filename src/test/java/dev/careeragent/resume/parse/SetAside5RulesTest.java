package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.read.TextLine;

/** Rules from the fifth set-aside part (gutter headings, month pairs, names, job lines); every text is made up. */
class SetAside5RulesTest {

    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void headingsInALeftGutterBesideTheirFirstLineOpenTheirSections() {
        lines.add(line("Lena Park", 22, true, true));
        lines.add(line("lena@example.com", 10, false, false));
        lines.add(line("EDUCATION Riverside College\tMay 2016", 10, false, true));
        lines.add(line("B.A. Economics", 10, false, false));
        lines.add(line("EXPERIENCE Payroll Analyst\tMarch 2019 - Present", 10, true, true));
        lines.add(line("Northgate Foods Inc. | Denver, CO", 10, false, false));
        lines.add(line("Ran the monthly payroll of 400 staff.", 10, false, false));
        lines.add(line("Payroll Clerk\tJune 2016 - February 2019", 10, true, true));
        lines.add(line("Harbor Mills | Denver, CO", 10, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::title).containsExactly("Payroll Analyst", "Payroll Clerk");
        assertThat(r.experience()).extracting(ExperienceEntry::company).containsExactly("Northgate Foods Inc.", "Harbor Mills");
    }

    @Test
    void oneBodyLineOpeningWithACapitalisedHeadingWordStaysWhole() {
        assertThat(GutterHeading.prefix("EXPERIENCE Payroll Analyst")).isEqualTo("EXPERIENCE");
        assertThat(GutterHeading.prefix("WORK EXPERIENCE Payroll Analyst")).isEqualTo("WORK EXPERIENCE");
        assertThat(GutterHeading.prefix("NASA Goddard Space Center")).isNull();
        assertThat(GutterHeading.prefix("Experience in payroll")).isNull();
        lines.add(line("Lena Park", 22, true, true));
        lines.add(line("Experience", 14, true, true));
        lines.add(line("Payroll Analyst\tMarch 2019 - Present", 10, true, true));
        lines.add(line("SKILLS Matter Ltd | Denver, CO", 10, false, false));

        assertThat(parse().experience()).extracting(ExperienceEntry::company).containsExactly("SKILLS Matter Ltd");
    }

    @Test
    void twoMonthsWithOneYearStartInTheEndsYear() {
        DateParser dates = new DateParser();
        DateSpan span = dates.find("Software Intern  June - August 2017").orElseThrow();
        assertThat(span.start()).isEqualTo(ResumeDate.of(2017, 6));
        assertThat(span.end()).isEqualTo(ResumeDate.of(2017, 8));
        DateSpan french = dates.find("Avril - Juin 2017 : Stage").orElseThrow();
        assertThat(french.start()).isEqualTo(ResumeDate.of(2017, 4));
        assertThat(dates.find("Jan 2015 - Mar 2016").orElseThrow().start()).isEqualTo(ResumeDate.of(2015, 1));
    }

    @Test
    void aNameOverTwoLinesOfDisplayTypeWithTheLastNameBoldOrShort() {
        lines.add(line("Марина", 33, false, true));
        lines.add(line("Ковалёва", 33, true, false));
        lines.add(line("+7 (900) 555-01-02", 12, false, false));
        assertThat(parse().contact().name()).isEqualTo("Марина Ковалёва");
        lines.clear();
        lines.add(line("JAMES", 22, false, true));
        lines.add(line("LI", 22, false, false));
        lines.add(line("james.li@example.com", 11, false, false));
        assertThat(parse().contact().name()).isEqualTo("JAMES LI");
    }

    @Test
    void aNameBesideItsContactDetailsOrInLowerCaseDisplayTypeIsFound() {
        lines.add(line("One-page CV", 16, true, true));
        lines.add(line("Tom Reyes / tom.reyes@example.com / 07700900123", 11, false, false));
        lines.add(line("Experience", 11, true, true));
        assertThat(parse().contact().name()).isEqualTo("Tom Reyes");
        lines.clear();
        lines.add(line("About me", 14, true, true));
        lines.add(line("I build desktop tools in C++ and Qt.", 11, false, false));
        lines.add(line("sara kazemi", 36, false, true));
        lines.add(line("sarakazemi.dev@example.com", 11, false, false));
        assertThat(parse().contact().name()).isEqualTo("Sara Kazemi");
    }

    @Test
    void anAddressOrAJobTitleInLargeTypeIsNoName() {
        lines.add(line("Lucie BERNARD", 11, false, true));
        lines.add(line("lucie.bernard@example.com", 11, false, false));
        lines.add(line("INGÉNIEUR LOGICIEL", 22, true, false));
        lines.add(line("EXPÉRIENCE PROFESSIONNELLE", 16, false, true));
        assertThat(parse().contact().name()).isEqualTo("Lucie BERNARD");
        lines.clear();
        lines.add(line("Dock Road District, Aqaba, Jordan", 14, false, true));
        lines.add(line("+962 790 000 000", 14, false, false));
        lines.add(line("Experience", 16, false, true));
        assertThat(parse().contact().name()).isNull();
    }

    @Test
    void presentInRussianPolishAndTurkishEndsARangeThatGoesOn() {
        DateParser dates = new DateParser();
        for (String text : List.of("07.2018 – по настоящее время", "03.2020 - obecnie", "2019 - Günümüz")) {
            DateSpan span = dates.find(text).orElseThrow();
            assertThat(span.current()).as(text).isTrue();
            assertThat(span.start()).as(text).isNotNull();
        }
    }

    @Test
    void russianHeadingsOpenTheirSections() {
        lines.add(line("Ольга Смирнова", 24, true, true));
        lines.add(line("Опыт работы", 16, true, true));
        lines.add(line("Бухгалтер | ООО «Север»", 12, true, false));
        lines.add(line("05.2019 – по настоящее время", 11, false, false));
        lines.add(line("Образование", 16, true, true));
        lines.add(line("Экономист | Московский университет", 12, true, false));
        lines.add(line("2013 – 2018", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Бухгалтер");
            assertThat(job.company()).isEqualTo("ООО «Север»");
        });
        assertThat(r.education()).hasSize(1);
    }

    @Test
    void anEmployersAddressAfterAPipeIsNeitherProseNorPartOfItsName() {
        lines.add(line("Keisha Ramdial", 20, true, true));
        lines.add(line("WORK EXPERIENCE", 14, true, true));
        lines.add(line("NETWORK TECHNICIAN | 05/2017 to Current", 11, true, false));
        lines.add(line("Island Builders Limited | Level 3 Grand Bazaar Mall, Uriah Butler Highway, Chaguanas", 11, false, false));
        lines.add(line("• Installed and repaired workstations.", 10, false, false));
        lines.add(line("STORE CLERK | 01/2015 to 04/2017", 11, true, false));
        lines.add(line("Hi-Lo Food Stores | Eastern Main Road", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::company)
                .containsExactly("Island Builders Limited", "Hi-Lo Food Stores");
        assertThat(r.experience().get(1).location()).isEqualTo("Eastern Main Road");
    }

    @Test
    void aBulletListOfDatedJobLinesInAnyLanguageKeepsItsDutiesAsBullets() {
        lines.add(line("Claire Dubois", 20, true, true));
        lines.add(line("EXPÉRIENCE PROFESSIONNELLE", 16, false, true));
        lines.add(line("• En cours : Ingénieur développeur chez Optilog", 11, false, false));
        lines.add(line("• Maintenance et création de solutions logicielles (Java, Python)", 11, false, false));
        lines.add(line("• Support technique", 11, false, false));
        lines.add(line("• Mars 2016 - Juin 2018 : Alternant développeur web chez Mediaflux (Groupe Lumen)", 11, false, false));
        lines.add(line("• Rédaction de documentation technique (en anglais)", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::title)
                .containsExactly("Ingénieur développeur", "Alternant développeur web");
        assertThat(r.experience()).extracting(ExperienceEntry::company).containsExactly("Optilog", "Mediaflux (Groupe Lumen)");
        assertThat(r.experience().get(0).current()).isTrue();
    }

    @Test
    void aTeamBeforeItsEmployerAndANoteInBracketsAreNotTheCompany() {
        lines.add(line("Tom Reyes", 20, true, true));
        lines.add(line("Experience", 12, true, true));
        lines.add(line("Feb 2019-present: Data Lead, Forecasting Team, HMRC (mostly working in Python)", 11, false, false));
        lines.add(line("• Built the demand forecast used in budget rounds.", 11, false, false));
        lines.add(line("Oct 2015-Feb 2019: Analyst, Pensions Unit, DWP", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::company).containsExactly("HMRC", "DWP");
        assertThat(r.experience()).extracting(ExperienceEntry::location).containsOnlyNulls();
    }

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
