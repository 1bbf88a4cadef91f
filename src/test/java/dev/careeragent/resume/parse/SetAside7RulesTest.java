package dev.careeragent.resume.parse;

import static dev.careeragent.resume.parse.BodyLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.TextCleaner;
import dev.careeragent.resume.read.TextLine;

/** Rules from set aside 7 (English resumes of many producers); every text is made up. */
class SetAside7RulesTest {

    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void aHeadingNeverEndsOnAJoiningWord() {
        assertThat(SectionVocabulary.kindOf("Experience working in")).isEmpty();
        assertThat(SectionVocabulary.kindOf("Skills and")).isEmpty();
        assertThat(SectionVocabulary.kindOf("Professional Experience")).contains(SectionKind.EXPERIENCE);
    }

    @Test
    void aSidebarSentenceThatOpensWithAHeadingWordLeavesTheJobsAlone() {
        lines.add(line("Dana Whitfield", 24, true, false));
        lines.add(line("WORK EXPERIENCE", 10, true, true));
        lines.add(line("Maple Grove Library — Library Assistant", 11, false, true));
        lines.add(line("2020 - 2023", 9, false, false));
        lines.add(line("• Shelved returns and ran the reading hour", 9, false, false));
        lines.add(line("SKILLS", 10, true, true));
        lines.add(line("Training in", 9, false, true));
        lines.add(line("first aid and cash handling", 9, false, false));
        lines.add(line("Experience of", 9, false, true));
        lines.add(line("working with older readers", 9, false, false));

        assertThat(BodyLines.parse(lines).experience()).extracting(ExperienceEntry::title)
                .containsExactly("Library Assistant");
    }

    /** A web builder draws its bullets: the items are only set in from the entry headers. */
    @Test
    void linesSetInByABulletsWidthUnderAnEntryAreItsBullets() {
        lines.add(line("Marcus Adeyemi", 22, true, false));
        lines.add(at(40, "EMPLOYMENT", 12, true));
        lines.add(at(40, "Store Manager", 11, true));
        lines.add(at(40, "Harbour Foods", 11, false));
        lines.add(at(40, "03/2019 - Present", 8, false));
        lines.add(at(49, "Led a team of twelve across two shifts and", 9, false));
        lines.add(at(49, "cut stock losses by a fifth", 9, false));
        lines.add(at(49, "Opened a second till at weekends", 9, false));
        lines.add(at(40, "Assistant Manager", 11, true));
        lines.add(at(40, "Harbour Foods", 11, false));
        lines.add(at(40, "01/2016 - 02/2019", 8, false));
        lines.add(at(49, "Trained new cashiers", 9, false));
        lines.add(at(49, "Counted the safe every night", 9, false));

        List<ExperienceEntry> jobs = BodyLines.parse(lines).experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Store Manager", "Assistant Manager");
        assertThat(jobs.get(0).bullets()).hasSize(2);
    }

    /** A referee's phone a few lines before the email, the owner's phone after it: the nearest is the owner's. */
    @Test
    void theContactBlocksPhoneIsTheOneNearestTheEmail() {
        lines.add(line("Ana Lucía Ferraz", 24, true, false));
        lines.add(line("EXPERIENCE", 10, true, true));
        lines.add(line("Sunrise Dental, Perth — Receptionist", 11, false, true));
        lines.add(line("2019 - 2024", 9, false, false));
        lines.add(line("REFERENCES", 10, true, true));
        lines.add(line("Dr. Owen Price — Sunrise Dental, Principal", 11, false, true));
        lines.add(line("(08) 9123 4567", 9, false, false));
        lines.add(line("Available on request", 9, false, false));
        lines.add(line("ana.ferraz@example.com", 9, false, true));
        lines.add(line("0412 345 678", 9, false, false));

        assertThat(BodyLines.parse(lines).contact().phone()).isEqualTo("0412 345 678");
    }

    /** Google Docs printed from a browser wraps every run of text in direction marks. */
    @Test
    void directionMarksAroundTextAreNotPartOfIt() {
        assertThat(TextCleaner.clean("\u2067Tomás Ortega\u2069 | \u200Eortega@example.com\u200F")).isEqualTo(
                "Tomás Ortega | ortega@example.com");
        assertThat(TextCleaner.clean("\u202DWORK EXPERIENCE\u202C")).isEqualTo("WORK EXPERIENCE");
    }

    /** A LinkedIn profile: roles under their employer, its total time between them, bullets of any geometric shape. */
    @Test
    void anEmployersTotalTimeAndShapeBulletsLeaveOneEntryARole() {
        lines.add(line("Rafael Mendes", 26, false, false));
        lines.add(line("Experience", 16, false, true));
        lines.add(line("Coastal Freight Ltd", 12, false, true));
        lines.add(line("4 years 2 months", 10.5f, false, false));
        lines.add(line("Dispatch Supervisor", 11.5f, false, false));
        lines.add(line("March 2022 - Present (2 years 10 months)", 10.5f, false, false));
        lines.add(line("Halifax, Nova Scotia, Canada", 10.5f, false, false));
        lines.add(line("\u25C9 Planned routes for forty drivers", 10.5f, false, true));
        lines.add(line("\u25C9 Cut empty miles by a tenth", 10.5f, false, false));
        lines.add(line("Dispatcher", 11.5f, false, true));
        lines.add(line("January 2020 - February 2022 (2 years 2 months)", 10.5f, false, false));
        lines.add(line("Halifax, Nova Scotia, Canada", 10.5f, false, false));

        List<ExperienceEntry> jobs = BodyLines.parse(lines).experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Dispatch Supervisor", "Dispatcher");
        assertThat(jobs.get(0).company()).isEqualTo("Coastal Freight Ltd");
        assertThat(jobs.get(0).bullets()).hasSize(2);
    }

    @Test
    void phoneDigitGroupsSetApartByDotsAreOneNumber() {
        lines.add(line("Aoife Byrne", 24, true, false));
        lines.add(line("Cork \u00B7 (+353) \u00B7 87 \u00B7 123 \u00B7 4567 \u00B7 aoife.byrne@example.com", 9, false, false));
        lines.add(line("EXPERIENCE", 12, true, true));

        assertThat(BodyLines.parse(lines).contact().phone()).isEqualTo("(+353) 87 123 4567");
    }

    /** A PDF writer that re-spaces split runs leaves a space before a comma; the place after it still reads as one. */
    @Test
    void aSpaceBeforeACommaIsNotText() {
        assertThat(TextCleaner.clean("Northwind Traders, Austin , TX")).isEqualTo("Northwind Traders, Austin, TX");
        lines.add(line("Jordan Reyes", 24, true, false));
        lines.add(line("EXPERIENCE", 12, true, true));
        lines.add(line(TextCleaner.clean("Northwind Traders, Austin , TX \u2014 Buyer"), 11, false, true));
        lines.add(line("2018 - 2024", 9, false, false));

        assertThat(BodyLines.parse(lines).experience()).extracting(ExperienceEntry::company)
                .containsExactly("Northwind Traders");
    }

    private static TextLine at(float x, String text, float size, boolean bold) {
        return new TextLine(text, x, 0, x + 300, size, bold, 1, TextLine.Region.BODY, false, false);
    }
}
