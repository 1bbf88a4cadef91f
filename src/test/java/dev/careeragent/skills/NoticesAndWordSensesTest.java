package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Set aside 7 (Malaysian, Singaporean and Indonesian ads): a notice on the applicant's data and an award the employer
 * won ask nothing; a language's name before another noun is a nationality; translating needs into insights is no
 * translation; sales figures are not selling, and an "analytical field" is a kind of study, not the ability. Each case has a twin where the word is the skill.
 */
class NoticesAndWordSensesTest {

    private static final RequirementExtractor EXTRACTOR =
            new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));

    private static List<String> all(String text) {
        JobRequirements r = EXTRACTOR.extract(text);
        return Stream.concat(r.required().stream(), r.preferred().stream()).map(x -> x.skill().name()).toList();
    }

    @Test
    void aPrivacyNoticeOnTheApplicantsDataAsksNothing() {
        assertThat(all("Requirements\nExcel skills.\nBy applying you agree to our Personal Data Protection Policy: your "
                + "data is used for recruitment purpose only.")).contains("Microsoft Excel").doesNotContain("Recruiting");
        assertThat(all("Qualifications\nAll details you submitted are kept confidential for selection and recruitment."))
                .doesNotContain("Recruiting");
        assertThat(all("Requirements\nExperience in recruitment and selection.")).contains("Recruiting");
    }

    @Test
    void anAwardTheEmployerWonAsksNothing() {
        assertThat(all("Additional Information:\nGreat Workplace Awards 2023 for Human Resources excellence\n"
                + "Named among the Best Employers to Work For in Asia, Diversity, Equity & Inclusion category"))
                .doesNotContain("Human Resources", "Diversity, Equity and Inclusion");
        assertThat(all("Requirements\n3 years in Human Resources.")).contains("Human Resources");
    }

    @Test
    void aLanguagesNameBeforeAnotherNounIsANationality() {
        assertThat(all("Requirements\nExperience selling to Thai households and Japanese supermarkets."))
                .doesNotContain("Thai", "Japanese");
        assertThat(all("Requirements\nFluent Thai and Japanese speakers; Thai for client calls.")).contains("Thai", "Japanese");
        assertThat(all("Requirements\nInterpretation services at court hearings.")).contains("Interpretation");
    }

    @Test
    void translatingDataIntoInsightsIsNoTranslation() {
        assertThat(all("Requirements\nExperience translating business needs into actionable insights."))
                .doesNotContain("Translation");
        assertThat(all("Requirements\nExperience translating legal documents into Malay.")).contains("Translation");
    }

    @Test
    void salesFiguresAreNotSellingAndAnAnalyticalFieldIsAKindOfStudy() {
        assertThat(all("Responsibilities\nAnalyse historical sales and prepare monthly sales forecasts.\n"
                + "Requirements\nDegree in economics or other analytical fields; an analytical role before."))
                .doesNotContain("Sales", "Analytical Skills");
        assertThat(all("Requirements\nProven sales experience and strong analytical skills."))
                .contains("Sales", "Analytical Skills");
    }
}
