package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.TextLine;

/** Designer-template names, language levels and ratings as real templates print them. */
class NamesAndListsTest {

    @Test
    void aNameSetOnTwoLinesInLargeTypeIsOneName() {
        Resume resume = parse(line("SEAN", 34, true), line("PRICE", 34, true), line("IT Consultant", 11, false),
                line("sean@example.com", 8, false), line("EXPERIENCE", 14, true));

        assertThat(resume.contact().name()).isEqualTo("SEAN PRICE");
        assertThat(resume.headline()).isEqualTo("IT Consultant");
    }

    @Test
    void aJobTitleAfterACommaIsTheHeadlineNotPartOfTheName() {
        Resume resume = parse(line("Mandy Campbell, Bootcamp Instructor", 12, true),
                line("mandy@example.com", 9, false), line("EXPERIENCE", 12, true));

        assertThat(resume.contact().name()).isEqualTo("Mandy Campbell");
        assertThat(resume.headline()).isEqualTo("Bootcamp Instructor");
    }

    @Test
    void languageLevelsStayWithTheirLanguageAndScoresAreDropped() {
        Resume resume = parse(line("Ana Silva", 20, true), line("LANGUAGES", 12, true),
                line("English\tNative speaker\tSpanish\tVery good command", 9, false),
                line("German: Professional Working Proficiency (C1).", 9, false),
                line("Italian, 5, French, 4", 9, false), line("Hebrew - Native", 9, false));

        assertThat(resume.languages()).containsExactly("English (Native speaker)", "Spanish (Very good command)",
                "German (Professional Working Proficiency (C1))", "Italian", "French", "Hebrew (Native)");
    }

    @Test
    void aEuropassLanguageGridGivesOnlyTheLanguages() {
        Resume resume = parse(line("Ana Silva", 20, true), line("LANGUAGE SKILLS", 12, true),
                line("Mother tongue(s)", 10, true), line("Bulgarian", 10, true), line("Other language(s)", 10, true),
                line("English\tGerman", 10, true), line("Listening\tListening", 9, true), line("C2\tB1", 9, false),
                line("Spoken interaction\tSpoken interaction", 9, true), line("C2\tB1", 9, false));

        assertThat(resume.languages()).containsExactly("Bulgarian", "English", "German");
    }

    @Test
    void givenAndFamilyNamesInLabelledFieldsMakeTheName() {
        Resume french = parse(line("ETAT CIVIL", 12, true), line("Prénom : Awa", 10, false), line("Nom : DIALLO", 10, false),
                line("Tel : 770000000", 10, false), line("FORMATION", 12, true), line("2018 : Licence 2", 10, false));
        Resume english = parse(line("Curriculum Vitae", 16, true), line("First name:\tAna", 10, false),
                line("Surname:\tRuiz", 10, false), line("ana.ruiz@example.org", 10, false), line("EDUCATION", 12, true));

        assertThat(french.contact().name()).isEqualTo("Awa DIALLO");
        assertThat(english.contact().name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void skillRatingsAreNoSkills() {
        Resume resume = parse(line("Ana Silva", 20, true), line("SKILLS", 12, true),
                line("Cardio Training\tExpert\tClient Assessments\tExpert", 9, false), line("HIIT\t●●●○○", 9, false));

        assertThat(resume.skills()).containsExactly("Cardio Training", "Client Assessments", "HIIT");
    }

    private static Resume parse(TextLine... lines) {
        return new ResumeTextParser().parse(new DocumentText(ResumeFormat.PDF, new ArrayList<>(List.of(lines)), 1,
                List.of()));
    }

    private static TextLine line(String text, float size, boolean bold) {
        return new TextLine(text, 50, 0, 500, size, bold, 1, TextLine.Region.BODY, bold, false);
    }
}
