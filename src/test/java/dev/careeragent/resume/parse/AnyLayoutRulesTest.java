package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.TextLine;

/** Headings in any wording and job headers of layouts met on unseen resumes; every text here is made up. */
class AnyLayoutRulesTest {

    private final List<TextLine> lines = new ArrayList<>(List.of(
            line("Robin Vale", 20, true, false), line("robin.vale@example.com", 10, false, false)));

    @Test
    void headingsInAnyWordingAreClassifiedByTheirHeadWord() {
        assertThat(SectionVocabulary.kindOf("Professional Teaching & Writing Experience")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Recent Experience")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("ESPERIENZA LAVORATIVA")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Istruzione e formazione")).contains(SectionKind.EDUCATION);
        assertThat(SectionVocabulary.kindOf("Technical Skills Summary")).contains(SectionKind.SKILLS);
        assertThat(SectionVocabulary.kindOf("Certifications / Training")).contains(SectionKind.CERTIFICATIONS);
        assertThat(SectionVocabulary.kindOf("Volunteer & Leadership Experience")).contains(SectionKind.OTHER);
        // a line with a word that is no heading word is no heading, whatever heads it holds
        assertThat(SectionVocabulary.kindOf("Research Assistant")).isEmpty();
        assertThat(SectionVocabulary.kindOf("Experience with Kubernetes clusters")).isEmpty();
    }

    @Test
    void aTeachingExperienceSectionHoldsJobs() {
        lines.add(line("PROFESSIONAL TEACHING EXPERIENCE", 12, true, true));
        lines.add(line("Riverside Middle School, Springfield, IL", 11, false, true));
        lines.add(line("Science Teacher\t08/ 2019 to Present", 11, false, false));
        lines.add(line("• Taught grade 7 and 8 science", 11, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::title).containsExactly("Science Teacher");
        assertThat(jobs.get(0).company()).isEqualTo("Riverside Middle School");
    }

    @Test
    void rolesAndEmployerOnOneLineWithBulletSeparators() {
        lines.add(line("Experience", 14, false, true));
        lines.add(line("09/2008 – 07/2019", 10, false, true));
        lines.add(line("Shop assistant • Shift manager • Northfield Frozen Foods", 11, false, false));
        lines.add(line("2001 - 2006", 10, false, true));
        lines.add(line("Apprentice • Baker • Hill Street Bakery", 11, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0).company()).isEqualTo("Northfield Frozen Foods");
        assertThat(jobs.get(0).title()).isEqualTo("Shop assistant / Shift manager");
    }

    @Test
    void aTitleLineAboveAnOrganisationLineIsTheTitleEvenWithoutATitleWord() {
        lines.add(line("CLINICAL EXPERIENCE", 12, true, true));
        lines.add(line("Senior Nursing Practicum", 11, true, true));
        lines.add(line("Lakeside General Hospital, Dallas, TX | Jan 2025 – May 2025", 11, false, false));
        lines.add(line("• Cared for six patients per shift", 11, false, false));

        ExperienceEntry job = parse().experience().get(0);

        assertThat(job.title()).isEqualTo("Senior Nursing Practicum");
        assertThat(job.company()).isEqualTo("Lakeside General Hospital");
        assertThat(job.location()).isEqualTo("Dallas, TX");
    }

    @Test
    void atInsideAnOrganisationNameDoesNotSplitIt() {
        lines.add(line("WORK EXPERIENCE", 12, true, true));
        lines.add(line("Charge Nurse", 11, true, true));
        lines.add(line("Mercy Medical Center at UT, Austin, TX | Jan 2020 – Present", 11, false, false));
        lines.add(line("Field Technician at Brightline Networks | 2015 – 2019", 11, true, true));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("Mercy Medical Center at UT", "Brightline Networks");
        assertThat(jobs.get(1).title()).isEqualTo("Field Technician");
    }

    @Test
    void aPlaceInBracketsAndAForeignCountryAfterTheEmployerAreThePlace() {
        lines.add(line("ESPERIENZA LAVORATIVA", 11, true, true));
        lines.add(line("GAME TESTER – PIXELWORKS – 21/04/2023 – 31/05/2024 – WARSAW, POLONIA", 9, false, true));
        lines.add(line("Ho testato giochi per console e PC per diversi editori internazionali di rilievo.", 10, false, true));
        lines.add(line("COOK – TRATTORIA DA PINO - PIZZERIA CENTRALE – 12/10/2024 – 20/08/2025 – WARSAW, POLONIA", 10, false, true));
        lines.add(line("RESEARCH EXPERIENCE", 12, true, true));
        lines.add(line("Eastbrook University (Orlando, FL)", 11, false, true));
        lines.add(line("Graduate Research Assistant\t08/ 2024 to Present", 11, false, false));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).hasSize(3);
        assertThat(jobs.get(0).company()).isEqualTo("PIXELWORKS");
        assertThat(jobs.get(0).location()).isEqualTo("WARSAW, POLONIA");
        assertThat(jobs.get(2).company()).isEqualTo("Eastbrook University");
        assertThat(jobs.get(2).location()).isEqualTo("Orlando, FL");
        assertThat(jobs.get(2).start()).isEqualTo(dev.careeragent.resume.model.ResumeDate.of(2024, 8));
    }

    @Test
    void yearSlashMonthIsADate() {
        lines.add(line("Experience", 12, true, true));
        lines.add(line("2016 / 09 Fullstack Engineer, Weser Labs", 11, true, true));
        lines.add(line("2014 - 2016 IT Consultant, Nordlicht GmbH", 11, true, true));

        List<ExperienceEntry> jobs = parse().experience();

        assertThat(jobs).extracting(ExperienceEntry::company).containsExactly("Weser Labs", "Nordlicht GmbH");
    }

    @Test
    void aSectionWrittenAsOneBulletListHasItsShortBulletsAsJobHeaders() {
        lines.clear();
        lines.add(new TextLine("Robin Vale", 50, 0, 500, 20, true, 1, TextLine.Region.BODY, false, true));
        lines.add(line("Austin, TX • robin.vale@example.com", 10, false, false));
        lines.add(new TextLine("Professional Teaching Experience", 50, 0, 500, 14, true, 1, TextLine.Region.BODY, true, true));
        lines.add(line("- Third Grade Student Teacher (Practicum II)", 10, false, false));
        lines.add(line("- Maple Elementary School, Austin, TX – Spring 2014", 10, false, false));
        lines.add(line("- Current placement will be completed in May 2014", 10, false, false));
        lines.add(line("- Kindergarten Aide", 10, false, false));
        lines.add(line("- Oak Hill Elementary School, Austin, TX – Fall 2013", 10, false, false));
        lines.add(line("- Planned and delivered daily lessons for small groups", 10, false, false));

        Resume resume = parse();

        assertThat(resume.contact().name()).isEqualTo("Robin Vale"); // a first line marked as a heading is the name
        assertThat(resume.experience()).extracting(ExperienceEntry::title)
                .containsExactly("Third Grade Student Teacher (Practicum II)", "Kindergarten Aide");
        assertThat(resume.experience()).extracting(ExperienceEntry::company)
                .containsExactly("Maple Elementary School", "Oak Hill Elementary School");
    }

    @Test
    void aHeadingWithItsFirstLettersSetApartAndALoneNameInLargeType() {
        lines.clear();
        lines.add(line("Robin", 24.8f, false, false));
        lines.add(line("Explorer", 14, false, false));
        lines.add(line("@\trobin@example.com", 12, false, false));
        lines.add(line("exp erience", 17, false, true));
        lines.add(line("2019 – 2021\tHarbour Pilot\tNorth Sea Ferries", 10, false, false));

        Resume resume = parse();

        assertThat(resume.contact().name()).isEqualTo("Robin");
        assertThat(resume.experience()).hasSize(1);
        assertThat(SectionVocabulary.kindOf("edu cation")).contains(SectionKind.EDUCATION);
    }

    @Test
    void theDocumentTypeAfterTheNameIsNoPartOfIt() {
        lines.clear();
        lines.add(line("Consultant · Bremen, Germany · robin.vale@example.com", 9, false, false));
        lines.add(line("ROBIN VALE RESUME", 29, false, true));
        lines.add(line("EXPERIENCE", 14, true, true));

        assertThat(parse().contact().name()).isEqualToIgnoringCase("Robin Vale");
    }

    @Test
    void knownHeadingsWithNoLookOfTheirOwnStillOpenSections() {
        lines.add(line("Professional Summary", 10, false, false));
        lines.add(line("Registered nurse with five years on paediatric wards.", 10, false, false));
        lines.add(line("Clinical Experience", 10, false, false));
        lines.add(line("Staff Nurse | Riverside Children's Hospital | Leeds, UK", 10, false, false));
        lines.add(line("October 2021 · Present", 10, false, false));
        lines.add(line("Education", 10, false, false));
        lines.add(line("BSc Nursing | Hill University | 2019", 10, false, false));

        Resume resume = parse();

        assertThat(resume.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Staff Nurse");
            assertThat(job.company()).isEqualTo("Riverside Children's Hospital");
        });
        assertThat(resume.education()).hasSize(1);
    }

    private Resume parse() {
        return BodyLines.parse(lines);
    }

    private static TextLine line(String text, float size, boolean bold, boolean gap) {
        return BodyLines.line(text, size, bold, gap);
    }
}
