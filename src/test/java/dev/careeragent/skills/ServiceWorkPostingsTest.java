package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Postings of service, care and trades work as job boards of English-speaking markets print them (set aside 6): the
 * employer's pitch, its markets and the way to apply ask nothing; "highly regarded" is a wish; the words of the work
 * itself are skills.
 */
class ServiceWorkPostingsTest {

    private static final RequirementExtractor EXTRACTOR =
            new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));

    private static List<String> names(List<SkillRequirement> list) {
        return list.stream().map(r -> r.skill().name()).toList();
    }

    private static List<String> all(String text) {
        JobRequirements r = EXTRACTOR.extract(text);
        return Stream.concat(names(r.required()).stream(), names(r.preferred()).stream()).toList();
    }

    @Test
    void whyJoinUsTheHiringProcessAndWhatTheEmployerGivesAskNothing() {
        assertThat(all("What’s In It For You\nFree espresso coffee every shift.\nWhat You’ll Do\n"
                + "Assist with dishwashing and food preparation.")).contains("Dishwashing", "Food Service").doesNotContain("Barista");
        assertThat(all("What you'll do\nAssist with dishwashing.\nWhy You’ll Love Working Here\n"
                + "A culture of continuous improvement.")).contains("Dishwashing").doesNotContain("Continuous Improvement");
        assertThat(all("What you'll do\nAssist with dishwashing.\nRecruitment Process\nYou may be asked for background checks."))
                .contains("Dishwashing").doesNotContain("Background Checks");
        assertThat(all("Who you are\nComprehensive Training: You’ll receive structured onboarding and ongoing coaching."))
                .doesNotContain("Onboarding", "Coaching");
    }

    @Test
    void howToApplyANeedlessSkillAndTheMarketsAnEmployerServesAreNotAsked() {
        List<String> found = all("""
                What we're looking for
                Strong customer service skills.
                No need for chef skills, it's simple work!
                Please apply with current resume in Microsoft Word format only (.doc or .docx).
                You will engage with customers across various sectors including Automotive, Banking, Retail & Ecommerce.
                """);
        assertThat(found).contains("Customer Service")
                .doesNotContain("Microsoft Word", "Banking", "E-commerce", "Automotive Sales", "Chef");
        assertThat(all("Requirements\n- Experience in retail banking and e-commerce")).contains("Banking", "E-commerce");
    }

    @Test
    void aLanguageBeforeADishWordIsACuisineAndOurRecruitmentIsTheEmployers() {
        assertThat(all("Requirements\n- A passion for Greek food\n- Familiarity with our recruitment process"))
                .doesNotContain("Greek", "Recruiting");
        assertThat(all("Requirements\n- Fluent Greek\n- Experience in recruitment")).contains("Greek", "Recruiting");
    }

    @Test
    void highlyRegardedIsAWishAndAnEmployersPitchOrBenefitListAsksNothing() {
        JobRequirements r = EXTRACTOR.extract("""
                Join a leading not-for-profit aged care provider
                About the Organisation
                The grounds hold 144 residential, dementia and respite care beds.
                What we look for in our people:
                Current Australian Drivers Licence
                Employee Referral Bonus
                Valid NDIS Worker Check and First Aid certificate
                Prior experience in medical reception (highly regarded)
                Familiarity with Best Practice
                software (preferred;
                training available)
                Intermediate computer skills and ability to learn new systems quickly
                Whether you have contact centre experience or are new to the industry, apply.
                """);
        assertThat(names(r.required())).contains("Driver's License", "Basic Life Support", "Computer Literacy")
                .doesNotContain("Geriatrics");
        assertThat(names(r.preferred())).contains("Medical Office Administration", "Call Center");
    }

    @Test
    void namesOfServiceCareAndSiteWork() {
        List<String> found = all("""
                Requirements:
                Taking orders, pouring drinks and processing payments
                Vacuuming and mopping guest rooms
                Update Booking.com and Expedia
                Outbound calling and objection handling
                Cert III in Individual Support, aged care and dementia experience
                Traffic Control (STOP/SLOW) training and use of a two-way radio
                Production mining experience; crowd control
                Zumba, Pilates and HIIT classes
                """);
        assertThat(found).contains("Waiting Tables", "Bartending", "Cash Handling and Reconciliation",
                "Janitorial Services", "Online Travel Agencies", "Call Center", "Objection Handling", "Disability Support",
                "Geriatrics", "Traffic Control", "Two-Way Radio", "Mining Operations", "Security Operations Management",
                "Fitness Training");
        assertThat(all("Requirements\n- Data mining and process mining")).doesNotContain("Mining Operations");
    }
}
