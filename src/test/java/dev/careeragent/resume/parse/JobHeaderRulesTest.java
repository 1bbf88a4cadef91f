package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.read.TextLine;

/** Job headers in the shapes real resumes write them, each shape on its own: one rule, many layouts. */
class JobHeaderRulesTest {

    private final List<TextLine> lines = new ArrayList<>(List.of(
            line("Dana Reyes", 20, true, false), line("dana.reyes@example.com", 10, false, false),
            line("EXPERIENCE", 12, true, true)));

    @Test
    void aYearInsideAParagraphDoesNotOpenAnotherJob() {
        lines.add(line("Plant Controller | Northwind Foods | 2019 – Present", 12, true, true));
        lines.add(line("Omaha, NE (Food manufacturing, 1,200 staff)", 10, false, true));
        lines.add(line("Lead the finance team of the plant and report to the CFO on the 2023 budget cycle and", 10,
                false, false));
        lines.add(line("the capital plan for the new line. Accountable for the monthly close.", 10, false, false));
        lines.add(line("• Cut the close from nine days to four", 10, false, false));
        lines.add(line("Cost Accountant | Contoso Dairy | 2015 – 2019", 12, true, true));
        lines.add(line("• Built the standard costing model", 10, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Plant Controller", "Cost Accountant");
        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("Northwind Foods", "Contoso Dairy");
        assertThat(jobs.get(0).location()).isEqualTo("Omaha, NE"); // the description in brackets is no place
    }

    @Test
    void aDotLeaderSeparatesANameFromWhatIsSetAtTheRightMargin() {
        lines.add(line("Northwind Co.. . . . . . . . . . . . . . . . . . . . . . . Omaha, NE", 11, true, true));
        lines.add(line("Senior Accountant Oct 2019 – Jul 2024", 11, false, true));
        lines.add(line("• Closed the books in four days", 10, false, false));
        lines.add(line("Contoso Dairy ………………………….……………………… Mar 2015 – Sep 2019", 11, true, true));
        lines.add(line("Cost Accountant", 11, false, true));
        lines.add(line("• Built the standard costing model", 10, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("Northwind Co.", "Contoso Dairy");
        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Senior Accountant", "Cost Accountant");
    }

    @Test
    void aHeadingFollowedByHowLongInAllStillOpensItsSection() {
        lines.set(2, line("Опыт работы 3 месяца", 12, true, true));
        lines.add(line("Data Analyst, Northwind Bank Jun 2024 - Aug 2024", 11, true, true));
        lines.add(line("- Built the monthly reports", 10, false, false));

        assertThat(parse().experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Data Analyst");
            assertThat(job.company()).isEqualTo("Northwind Bank");
        });
        assertThat(SectionVocabulary.kindOf("Work Experience (5 years)")).contains(dev.careeragent.resume.model.SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Berufserfahrung: 12 Jahre")).contains(dev.careeragent.resume.model.SectionKind.EXPERIENCE);
    }

    @Test
    void aWorkModeBetweenEmployerAndTitleIsNeitherOfThem() {
        lines.add(line("CognitoFlow, Remote— Quality Assurance Analyst", 11, true, true));
        lines.add(line("Feb 2024 - PRESENT", 10, false, false));
        lines.add(line("Rated the answers of coding assistants.", 10, false, false));
        lines.add(line("Northwind Traders, Hybrid — Support Engineer", 11, true, true));
        lines.add(line("May 2020 - Jan 2024", 10, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("CognitoFlow", "Northwind Traders");
        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Quality Assurance Analyst", "Support Engineer");
        assertThat(jobs.get(0).location()).isEqualTo("Remote");
    }

    @Test
    void labelLinesBelongToTheJobAbove() {
        lines.add(line("Acme Bank New York, NY", 11, true, true));
        lines.add(line("Site Reliability Engineer January 2019 – August 2021", 11, true, false));
        lines.add(line("Environment: Java, AWS, Kubernetes, Terraform, Splunk, Grafana", 11, false, true));
        lines.add(line("Responsibilities:", 11, true, true));
        lines.add(line("• Ran the on-call rotation", 11, false, true));
        lines.add(line("Environment: AWS, Jenkins, Ansible, Docker", 11, false, true));
        lines.add(line("Globex Memphis, TN DevOps Engineer February 2016 – February 2017", 11, true, true));
        lines.add(line("• Moved the builds to Jenkins", 11, false, true));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0).title()).isEqualTo("Site Reliability Engineer");
        assertThat(jobs.get(0).bullets()).anyMatch(b -> b.startsWith("Environment: Java"));
    }

    @Test
    void dashesAndColonsWithASpaceOnOneSideSeparateTheParts() {
        lines.add(line("Atlas Logistic LLC -Delivery Driver —Alpharetta, Georgia — Aug 2023 - CURRENT", 10, false, true));
        lines.add(line("• Delivered 250 parcels a day", 8, false, false));
        lines.add(line("Lakeside Golf Club : 10 Country Club Drive, Purchase, New York: Course Management", 11, true, true));
        lines.add(line("From: 2012 – 2020", 11, false, false));
        lines.add(line("• Kept the greens", 8, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Delivery Driver", "Course Management");
        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("Atlas Logistic LLC", "Lakeside Golf Club");
        assertThat(jobs.get(0).location()).isEqualTo("Alpharetta, Georgia");
    }

    @Test
    void labelledFieldsSayWhichPartIsWhich() {
        lines.add(line("Position: Night Auditor", 11, true, true));
        lines.add(line("Company: Harbor View Hotel\tMar 2018 – Jan 2020", 11, false, false));
        lines.add(line("• Balanced the daily ledger", 10, false, false));

        ExperienceEntry job = parse().experience().get(0);

        assertThat(job.title()).isEqualTo("Night Auditor");
        assertThat(job.company()).isEqualTo("Harbor View Hotel");
    }

    @Test
    void theShortPlaceAfterTheCompanyIsItsLocation() {
        lines.add(line("Security Guard at Northgate Security, Port Washington", 9, true, true));
        lines.add(line("January 2021 — April 2022", 9, false, false));
        lines.add(line("• Patrolled the grounds", 9, false, false));
        lines.add(line("Line Cook, Blue Door Bistro, Lyon", 9, true, true));
        lines.add(line("January 2019 — December 2020", 9, false, false));
        lines.add(line("• Prepared 300 covers a night", 9, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("Northgate Security", "Blue Door Bistro");
        assertThat(jobs).extracting(ExperienceEntry::location).containsExactly("Port Washington", "Lyon");
        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Security Guard", "Line Cook");
    }

    @Test
    void oneEmployerWithTwoDatedRolesGivesBothRolesItsName() {
        lines.add(line("Prairie Telemarketing, Omaha, NE (2016 to Present)", 12, false, true));
        lines.add(line("Customer Service Supervisor (2019 to present)", 12, true, false));
        lines.add(line("Supervise a 20-person inbound unit.", 12, false, false));
        lines.add(line("Customer Service Representative (2016-2019)", 12, true, true));
        lines.add(line("Handled incoming calls.", 12, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title)
                .containsExactly("Customer Service Supervisor", "Customer Service Representative");
        assertThat(jobs).extracting(ExperienceEntry::company).containsOnly("Prairie Telemarketing");
    }

    @Test
    void europeanDayMonthYearRangesKeepBothEnds() {
        lines.add(line("Intern", 12, true, true));
        lines.add(line("Weld Repair Ltd.", 11, false, false));
        lines.add(line("01/07/2021 – 25/09/2021", 10, false, false));
        lines.add(line("Repaired welding machines.", 10, false, false));

        ExperienceEntry job = parse().experience().get(0);

        assertThat(job.start()).isEqualTo(ResumeDate.of(2021, 7));
        assertThat(job.end()).isEqualTo(ResumeDate.of(2021, 9));
        assertThat(job.company()).isEqualTo("Weld Repair Ltd.");
    }

    @Test
    void templatePlaceholdersAreNoBullets() {
        lines.add(line("Barista, Corner Coffee\tMay 2019 – Present", 10, true, true));
        lines.add(line("• Date: Month 20XX", 10, false, false));
        lines.add(line("• [Add an achievement here]", 10, false, false));
        lines.add(line("• Trained six new baristas", 10, false, false));

        assertThat(parse().experience().get(0).bullets()).containsExactly("Trained six new baristas");
    }

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
