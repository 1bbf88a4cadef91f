package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResumeProfilesTest {

    @Test
    void aCorpusResumeGivesSkillsWithEvidenceYearsAndTitles() {
        MatchProfile p = CorpusResumes.profile("resumes/pdf/resume-matcher__john_doe.pdf");
        assertThat(p.titles()).startsWith("Full Stack Java Developer");
        // Jobs from 2016-07 to "Present" (judged on 2025-06-01): about nine years.
        assertThat(p.yearsOfExperience()).isBetween(8.5, 9.5);
        assertThat(p.skills()).anySatisfy(s -> {
            assertThat(s.skill()).isEqualTo("Java");
            assertThat(s.years()).isGreaterThan(5);
            assertThat(s.where()).startsWith("Experience:");
        });
        assertThat(p.sections()).extracting(MatchProfile.Section::name).contains("Summary", "Skills");
        assertThat(ResumeAnalyzer.level(p)).isEqualTo(Seniority.SENIOR);
    }

    @Test
    void statedYearsCountWhenDatesAreMissing() {
        assertThat(ResumeProfiles.statedYears("A bilingual Office Coordinator with 15 years of experience")).isEqualTo(15);
        assertThat(ResumeProfiles.statedYears("Accountant with three years of experience")).isEqualTo(3);
        assertThat(ResumeProfiles.statedYears(null)).isZero();
    }
}
