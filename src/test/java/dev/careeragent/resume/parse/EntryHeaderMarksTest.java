package dev.careeragent.resume.parse;

import static dev.careeragent.resume.parse.BodyLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.TextLine;

/**
 * Job headers from the layouts part of set aside 7: an arrow before the entry, the kind of contract and a duration in
 * brackets in another language, role words of Korean ranks, Vietnamese roles and Spanish trades. Every text is made up.
 */
class EntryHeaderMarksTest {

    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void anArrowBeforeTheTitleIsNoPartOfIt() {
        header("Expériences");
        lines.add(line("» Chef de projet digital", 11, true, true));
        lines.add(line("Agence Lumière, Lyon, 2020 - 2023", 10, false, false));

        assertThat(parse().get(0).title()).isEqualTo("Chef de projet digital");
    }

    @Test
    void theKindOfContractAndTheLengthInBracketsAreNoPartOfTheEmployer() {
        header("Expériences");
        lines.add(line("Ingénieure réseau - TELCOM OUEST (Alternance)", 11, true, true));
        lines.add(line("09/2019–08/2021 (23 mois) | Nantes, FRANCE", 10, false, false));
        lines.add(line("Responsable paie - Cabinet Morel (Indépendant)", 11, true, true));
        lines.add(line("01/2022–Aujourd'hui (3 ans) | Rennes", 10, false, false));

        assertThat(parse()).extracting(ExperienceEntry::company).containsExactly("TELCOM OUEST", "Cabinet Morel");
    }

    @Test
    void rolesInKoreanVietnameseAndSpanishNameTheTitle() {
        header("Experience");
        lines.add(line("Kỹ sư phần mềm", 11, true, true));
        lines.add(line("FPT Software · 2019 – 2022", 10, false, false));
        lines.add(line("과장", 11, true, true));
        lines.add(line("한빛정밀 · 2016 – 2019", 10, false, false));
        lines.add(line("Consultora SIG", 11, true, true));
        lines.add(line("Geodatos Andes · 2014 – 2016", 10, false, false));

        assertThat(parse()).extracting(ExperienceEntry::title).containsExactly("Kỹ sư phần mềm", "과장", "Consultora SIG");
    }

    private void header(String heading) {
        lines.add(line("Camille Besson", 22, true, false));
        lines.add(line("camille.besson@example.fr", 10, false, false));
        lines.add(line(heading, 13, true, true));
    }

    private List<ExperienceEntry> parse() {
        Resume r = BodyLines.parse(lines);
        return r.experience();
    }
}
