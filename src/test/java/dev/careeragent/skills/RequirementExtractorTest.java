package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RequirementExtractorTest {

    private static final RequirementExtractor EXTRACTOR =
            new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));

    private static List<String> names(List<SkillRequirement> list) {
        return list.stream().map(r -> r.skill().name()).toList();
    }

    private static OptionalInt yearsOf(JobRequirements r, String skill) {
        return r.required().stream().filter(s -> s.skill().name().equals(skill)).findFirst().orElseThrow().minYears();
    }

    @Test
    void headingsSplitRequiredFromPreferredAndBenefitsAreIgnored() {
        JobRequirements r = EXTRACTOR.extract("""
                About the role
                You will build services in Go.
                Requirements
                - 5+ years of Java
                - Experience with Spring Boot and PostgreSQL
                Nice to have
                - Kubernetes
                - Kafka
                Benefits
                - Health insurance, Microsoft Excel training budget
                """);
        // what the requirements ask for first, then what the described work needs
        assertThat(names(r.required())).containsExactly("Java", "Spring Boot", "PostgreSQL", "Go");
        assertThat(names(r.preferred())).containsExactly("Kubernetes", "Apache Kafka");
        assertThat(yearsOf(r, "Java")).hasValue(5);
        assertThat(yearsOf(r, "Spring Boot")).isEmpty();
        assertThat(r.minYearsOverall()).hasValue(5);
        assertThat(r.required().get(0).evidence()).contains("5+ years of Java");
    }

    @Test
    void sentenceCuesOverrideTheSection() {
        JobRequirements r = EXTRACTOR.extract("""
                What you'll do: design APIs in Python.
                Qualifications: Must have SQL. Experience with Terraform is a plus. Docker preferred.
                """);
        assertThat(names(r.required())).contains("SQL", "Python", "API Design").doesNotContain("Terraform", "Docker");
        assertThat(names(r.preferred())).containsExactly("Terraform", "Docker");
    }

    @Test
    void withoutARequirementsSectionEverythingDescribedIsRequired() {
        JobRequirements r = EXTRACTOR.extract("We need a bookkeeper who knows QuickBooks, payroll and accounts payable.");
        assertThat(names(r.required())).containsExactly("Bookkeeping", "QuickBooks", "Payroll", "Accounts Payable");
        assertThat(r.preferred()).isEmpty();
        assertThat(r.minYearsOverall()).isEmpty();
    }

    @Test
    void sentencesAboutTheEmployerOrTheAdvertAskNothing() {
        JobRequirements r = EXTRACTOR.extract("""
                Payroll Officer
                Salary: £24,000 per annum
                You must have a working knowledge of payroll and Microsoft Excel.
                At Acme we are proud of our record of infection control.
                We use SAP every day.
                Interviews will be held via Microsoft Teams.
                Welsh and/or English speakers are equally welcome to apply.
                All vacancies are subject to satisfactory reference checks.
                For further details contact:
                Jane Doe, Head of Desktop Support, jane.doe@example.org
                Industry: Accounting
                """);
        assertThat(names(r.required())).containsExactly("Payroll", "Microsoft Excel", "SAP");
        assertThat(r.preferred()).isEmpty();
    }

    @Test
    void anOrganisationDescribingItselfInTheThirdPersonAsksNothing() {
        JobRequirements r = EXTRACTOR.extract("""
                Chef
                Deepdene Care is a national mental healthcare provider operating five homes.
                UnoTelly is a DNS & VPN service for travellers.
                Requirements
                - Food hygiene and menu planning
                - QuickBooks is a must.
                """);
        assertThat(names(r.required())).contains("QuickBooks").doesNotContain("Mental Health", "DNS");
        assertThat(names(EXTRACTOR.extract("Requirements\n- Mental health nursing\n- DNS and VPN setup").required()))
                .contains("Mental Health", "DNS");
    }

    @Test
    void workingConditionsWhatTheEmployerProvidesAndDisclaimersAskNothing() {
        JobRequirements r = EXTRACTOR.extract("""
                Delivery Driver
                Requirements
                - Valid driver's license and customer service skills
                - Forklift certification is provided post-hire.
                - This description is not a comprehensive inventory of all duties.
                Physical Demands
                - Exposure to noise from construction activities and warehouse machinery.
                """);
        assertThat(names(r.required())).contains("Customer Service")
                .doesNotContain("Forklift Operation", "Inventory Management", "Construction", "Warehouse Operations");
        assertThat(names(EXTRACTOR.extract("Requirements\n- Forklift certification\n- Inventory control").required()))
                .contains("Forklift Operation", "Inventory Management");
    }

    @Test
    void theSentenceSaysWhetherASkillIsWished() {
        JobRequirements r = EXTRACTOR.extract("""
                Requirements
                - Microsoft Excel
                - Knowledge of SAP is considered an asset
                - It helps if you have QuickBooks experience
                - Tableau is welcome but not required
                """);
        assertThat(names(r.required())).containsExactly("Microsoft Excel");
        assertThat(names(r.preferred())).containsExactly("SAP", "QuickBooks", "Tableau");
    }

    @Test
    void yearsPhrasesInManyShapes() {
        assertThat(EXTRACTOR.extract("Requirements: at least 3 years' experience in retail.").minYearsOverall()).hasValue(3);
        assertThat(EXTRACTOR.extract("3-5 years of experience required").minYearsOverall()).hasValue(3);
        assertThat(EXTRACTOR.extract("Requires two years of relevant experience.").minYearsOverall()).hasValue(2);
        assertThat(EXTRACTOR.extract("Founded 25 years ago, we are a family business.").minYearsOverall()).isEmpty();
        JobRequirements r = EXTRACTOR.extract("Requirements: Python (4+ years), 2 yrs with AWS");
        assertThat(yearsOf(r, "Python")).hasValue(4);
        assertThat(yearsOf(r, "Amazon Web Services")).hasValue(2);
        assertThat(EXTRACTOR.extract((String) null).required()).isEmpty();
        JobRequirements list = EXTRACTOR.extract("Requirements:\n- 3+ years of experience with Python, SQL and Tableau. Docker");
        assertThat(yearsOf(list, "Python")).hasValue(3);
        assertThat(yearsOf(list, "SQL")).hasValue(3);
        assertThat(yearsOf(list, "Tableau")).hasValue(3);
        assertThat(yearsOf(list, "Docker")).isEmpty();
        JobRequirements ledger = EXTRACTOR.extract("Requirements:\n- 2 years (minimum) experience with QuickBooks and Excel");
        assertThat(yearsOf(ledger, "QuickBooks")).hasValue(2);
        assertThat(yearsOf(ledger, "Microsoft Excel")).hasValue(2);
    }

    @Test
    void anAddedAdvantageIsAWishAndWhatTheCandidateIsExpectedToHaveIsAsked() {
        JobRequirements r = EXTRACTOR.extract("""
                Requirements
                Matric (Accounting will be an added advantage)
                Some HR knowledge and experience to your advantage.
                Desired experience and expertise:
                At least 3 years of relevant experience
                You will also be expected to have:
                Excellent communication, written and presentation skills
                """);
        assertThat(names(r.preferred())).contains("Accounting", "Human Resources").doesNotContain("Communication");
        assertThat(names(r.required())).contains("Communication", "Presentation Skills");
    }

    @Test
    void aNameThatNeedsContextMayDifferInCaseWhenTheCaseSaysNothing() {
        assertThat(names(EXTRACTOR.extract("Requirements\n- Good excel skills a must\n- EXCEL ADVANCED A MUST").required()))
                .contains("Microsoft Excel");
        assertThat(names(EXTRACTOR.extract("Requirements\nComputer literacy:\nMS Office\nExcel Advanced").required()))
                .contains("Microsoft Excel");
        assertThat(names(EXTRACTOR.extract("Requirements\n- You will excel in a fast team\n- Ongoing educational development")
                .required())).doesNotContain("Microsoft Excel");
    }

    @Test
    void namesThatPostingsOfOtherEnglishSpeakingMarketsWrite() {
        JobRequirements r = EXTRACTOR.extract("""
                Requirements:
                Valid trade certificate
                Drivers license essential
                Must be bilingual (Afrikaans & English)
                NEBOSH diploma, OHSAS 18001 auditor and SAMTRAC
                Computer programmes:
                Pastel
                Tally ERP 9
                Previous stock take experience
                Typing of formal letters, answering the phone
                Active Learning and Systems Analysis
                """);
        assertThat(names(r.required())).contains("Journeyperson Certification", "Driver's License", "Afrikaans", "English",
                "NEBOSH", "ISO 45001", "SAMTRAC", "Sage Pastel", "Tally", "Inventory Management", "Phone Etiquette",
                "Active Learning", "Systems Analysis");
    }

    @Test
    void readsAJobPostingsTitleAndDescription() {
        JobPosting posting = JobPosting.builder().title("Java Developer (3 Years of Experience)")
                .descriptionText("Requirements\n- Java and SQL\nNice to have\n- Docker").build();
        JobRequirements r = EXTRACTOR.extract(posting);
        assertThat(r.requiredSkills()).extracting(Skill::name).contains("Java", "SQL");
        assertThat(r.preferredSkills()).extracting(Skill::name).containsExactly("Docker");
        assertThat(r.minYearsOverall()).hasValue(3);
    }
}
