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

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
