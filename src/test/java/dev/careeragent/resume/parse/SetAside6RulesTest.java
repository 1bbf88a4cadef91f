package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.TextCleaner;
import dev.careeragent.resume.read.TextLine;

/** Rules from the sixth set-aside part (dates in more languages, header lines, labelled names); every text is made up. */
class SetAside6RulesTest {

    private final DateParser dates = new DateParser();
    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void monthsInPortuguesePolishItalianAndDutchAndMonthPairsInFigures() {
        DateSpan portuguese = dates.find("Janeiro, 2023 – Junho, 2023.").orElseThrow();
        assertThat(portuguese.start()).isEqualTo(ResumeDate.of(2023, 1));
        assertThat(portuguese.end()).isEqualTo(ResumeDate.of(2023, 6));
        DateSpan slashed = dates.find("Desenvolvedor - (Out/2021 – Atualmente)").orElseThrow();
        assertThat(slashed.start()).isEqualTo(ResumeDate.of(2021, 10));
        assertThat(slashed.current()).isTrue();
        DateSpan until = dates.find("Estagiário | Clínica Sol | 16/12/2019 até 31/12/2020").orElseThrow();
        assertThat(until.end()).isEqualTo(ResumeDate.of(2020, 12));
        assertThat(dates.find("Gdynia | Kwi 2022 - Lis 2022").orElseThrow().end()).isEqualTo(ResumeDate.of(2022, 11));
        assertThat(dates.find("settembre 2019 - maggio 2020").orElseThrow().start()).isEqualTo(ResumeDate.of(2019, 9));
        assertThat(dates.find("mrt 2018 - mei 2019").orElseThrow().end()).isEqualTo(ResumeDate.of(2019, 5));
        DateSpan figures = dates.find("3 - 4/2014 Abriss Nord GbR, Zwenkau").orElseThrow();
        assertThat(figures.start()).isEqualTo(ResumeDate.of(2014, 3));
        assertThat(figures.end()).isEqualTo(ResumeDate.of(2014, 4));
    }

    @Test
    void theTitleOnALineOfItsOwnUnderAnEmployerAndItsPlace() {
        lines.add(line("Jana Brandt", 20, true, true));
        lines.add(line("Berufserfahrung", 13, true, true));
        lines.add(line("12/2013 – 12/2015 Norda Bau GbR, Zwenkau", 11, false, true));
        lines.add(line("Abbruch und Entkernung", 11, false, false));
        lines.add(line("5 - 11/2012 Kessler Digital Technik Zwenkau", 11, false, true));
        lines.add(line("Entwicklungsingenieur", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::title)
                .containsExactly("Abbruch und Entkernung", "Entwicklungsingenieur");
        assertThat(r.experience().get(0).company()).isEqualTo("Norda Bau GbR");
        assertThat(r.experience().get(1).start()).isEqualTo(ResumeDate.of(2012, 5));
    }

    @Test
    void whatTheDatesLeaveAndTheHoursInBracketsAreNoPartOfTheJob() {
        lines.add(line("Willa Prado", 20, true, true));
        lines.add(line("Experiência Profissional", 13, true, true));
        lines.add(line("Recepcionista, Hotel Mar Azul", 11, false, true));
        lines.add(line("Janeiro, 2023 – Junho, 2023.", 11, false, false));
        lines.add(line("Atendente | Padaria Sol (Meio Período)", 11, false, true));
        lines.add(line("Março, 2021 – Dezembro, 2022.", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::title).containsExactly("Recepcionista", "Atendente");
        assertThat(r.experience()).extracting(ExperienceEntry::company).containsExactly("Hotel Mar Azul", "Padaria Sol");
    }

    @Test
    void aRuleTypedAfterAHeadingIsNoText() {
        assertThat(TextCleaner.clean("Erfahrung ______________________")).isEqualTo("Erfahrung");
        assertThat(TextCleaner.clean("____________")).isEmpty();
        assertThat(TextCleaner.clean("snake_case_name")).isEqualTo("snake_case_name");
    }

    @Test
    void theWholeNameInOneLabelledFieldUnderAPersonalDataHeading() {
        lines.add(line("Lebenslauf", 18, true, true));
        lines.add(line("Persönliche Daten", 13, true, true));
        lines.add(line("Name: Jörg Brandt", 11, false, false));
        lines.add(line("Adresse: Gartenweg 3, 01127 Dresden", 11, false, false));
        assertThat(parse().contact().name()).isEqualTo("Jörg Brandt");
        lines.clear();
        lines.add(line("Daftar Riwayat Hidup", 12, false, false));
        lines.add(line("nama\t: Rizki Adi Pratama", 12, false, false));
        assertThat(parse().contact().name()).isEqualTo("Rizki Adi Pratama");
    }

    @Test
    void portugueseParticlesInANameAndHeadingsInMoreLanguages() {
        lines.add(line("Wesley Alves dos Santos Lima", 16, true, true));
        lines.add(line("wesley@example.com", 11, false, false));
        assertThat(parse().contact().name()).isEqualTo("Wesley Alves dos Santos Lima");
        assertThat(SectionVocabulary.kindOf("Histórico profissional")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Pengalaman Kerja")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("EDUKACJA")).contains(SectionKind.EDUCATION);
        assertThat(SectionVocabulary.kindOf("職歴")).contains(SectionKind.EXPERIENCE);
    }

    @Test
    void aMarkInAColumnOfItsOwnIsABulletEvenTheLetterO() {
        lines.add(line("Rita Calder", 20, true, true));
        lines.add(line("Relevant Experience", 14, true, true));
        lines.add(line("o\tSales Dashboard: built a forecast in Tableau, adding $2M in revenue.", 11, false, false));
        lines.add(line("o\tChurn Study: cut churn by 15% with survey analysis in R.", 11, false, false));
        lines.add(line("Work History", 14, true, true));
        lines.add(line("Harbor Trust | Data Scientist\tJan 2022 - Present", 12, true, false));
        lines.add(line("o\tBuilt models that sort 1,000 requests a week.", 11, false, false));
        lines.add(line("o\tCut processing time by 40%.", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::title).containsExactly("Data Scientist");
        assertThat(r.experience().get(0).company()).isEqualTo("Harbor Trust");
        assertThat(r.experience().get(0).bullets()).hasSize(2);
    }

    @Test
    void anEmployerInATableCellOfItsOwnAndACountryAfterACity() {
        lines.add(line("Luka Horvat", 20, true, true));
        lines.add(line("Erfahrung", 13, true, true));
        lines.add(line("Software Architektur | Werkstudent\tFressnapf Holding SE\tKrefeld, Deutschland\t08/2022 – 02/2023",
                10, true, false));
        lines.add(line("- Tested software updates.", 9, false, false));
        lines.add(line("Experience", 13, true, true));
        lines.add(line("Software engineer intern\tBelgrade, Serbia", 11, true, true));
        lines.add(line("Yandex\tMarch 2023 - Jul 2023", 11, false, false));

        Resume r = parse();

        assertThat(r.experience()).extracting(ExperienceEntry::company).containsExactly("Fressnapf Holding SE", "Yandex");
        assertThat(r.experience().get(1).location()).isEqualTo("Belgrade, Serbia");
    }

    @Test
    void aNameAndContactLinesUnderTheHeadingThatOpensTheDocument() {
        lines.add(line("EDUCATION", 12, false, true));
        lines.add(line("Mei Lin Zhao", 12, true, false));
        lines.add(line("Tianhe District, Guangzhou China", 11, false, false));
        lines.add(line("Contact: (+86) 13800000000 Email: mei.zhao@example.com", 11, true, false));
        lines.add(line("South China University of Technology Sep. 2012 – Jul. 2016", 11, true, true));
        lines.add(line("Bachelor of Computer Science", 11, false, false));

        Resume r = parse();

        assertThat(r.contact().name()).isEqualTo("Mei Lin Zhao");
        assertThat(r.education()).hasSize(1);
    }

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
