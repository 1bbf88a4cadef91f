package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.TextLine;

/**
 * Two-column resumes read column by column: the name can head the second column while the first opens with the
 * contact details, and a sidebar can hold the contact block under its own heading after the experience.
 */
class SidebarLayoutTest {

    @Test
    void theLargestTextOnTheFirstPageIsTheNameEvenBelowASidebarOfContacts() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("Pune, India", 9, false, true));
        lines.add(line("+91 99522 84398", 9, false, false));
        lines.add(line("priya.n@example.com", 9, false, false));
        lines.add(line("PROFILE", 11, true, true));
        lines.add(line("Accountant who closes the books on time.", 9, false, false));
        lines.add(line("PRIYA NAIR", 22, true, true));
        lines.add(line("Chartered Accountant", 12, false, false));
        lines.add(line("EXPERIENCE", 11, true, true));
        lines.add(line("Senior Accountant\tJan 2020 – Present", 10, true, true));
        lines.add(line("Tata Steel", 10, false, false));
        lines.add(line("• Closed the monthly books in four days instead of nine", 9, false, false));

        Resume resume = parse(lines);

        assertThat(resume.contact().name()).isEqualTo("PRIYA NAIR");
        assertThat(resume.headline()).isEqualTo("Chartered Accountant");
        assertThat(resume.contact().email()).isEqualTo("priya.n@example.com");
        assertThat(resume.summary()).doesNotContain("PRIYA", "Chartered");
    }

    @Test
    void aContactBlockAfterTheExperienceGivesItsPhoneAndAnIconHeadingStillOpensASection() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("Ayan Roy", 20, true, true));
        lines.add(line("Data Engineer", 11, false, false));
        lines.add(line("• Employment History", 13, false, true));
        lines.add(line("Data Engineer at Nineleaps\tMarch 2020 — Present", 10, true, true));
        lines.add(line("• Built the demand forecast pipeline on Spark", 9, false, false));
        lines.add(line("Details", 11, true, true));
        lines.add(line("Bangalore, India, 09304398005", 9, false, true));
        lines.add(line("ayan.roy@example.com", 9, false, false));

        Resume resume = parse(lines);

        assertThat(resume.contact().phone()).isEqualTo("09304398005");
        assertThat(resume.experience()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Data Engineer"));
    }

    private static Resume parse(List<TextLine> lines) {
        return new ResumeTextParser().parse(new DocumentText(ResumeFormat.PDF, lines, 1, List.of()));
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return new TextLine(text, 50, 0, 300, size, bold, 1, TextLine.Region.BODY, gap, false);
    }
}
