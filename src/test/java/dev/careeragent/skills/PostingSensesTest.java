package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Skill names whose surroundings give them another sense are not asked for; the skill sense still is. */
class PostingSensesTest {

    private static final RequirementExtractor EXTRACTOR =
            new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));

    private static List<String> all(String text) {
        JobRequirements r = EXTRACTOR.extract(text);
        List<String> out = new ArrayList<>();
        r.required().forEach(s -> out.add(s.skill().name()));
        r.preferred().forEach(s -> out.add(s.skill().name()));
        return out;
    }

    @Test
    void aPrecedingWordThatChangesTheSenseDropsTheSkill() {
        assertThat(all("Requirements\n- Set performance budgets for our web pages\n- Build notebook prototypes"))
                .doesNotContain("Budgeting", "Prototyping");
        assertThat(all("Requirements\n- Manage annual budgets\n- Build interactive prototypes in Figma"))
                .contains("Budgeting", "Prototyping");
        assertThat(all("Requirements\n- Ensure a seamless user experience\nResponses managed off LinkedIn"))
                .doesNotContain("User Experience Design", "LinkedIn");
        assertThat(all("Requirements\n- User experience design, LinkedIn and Facebook campaigns"))
                .contains("User Experience Design", "LinkedIn");
    }

    @Test
    void gradesPartsProfessionsAndRulesAroundANameAreNotItsSkill() {
        assertThat(all("Requirements\n- Matric with Mathematics, C symbol and higher\n- Buying of heavy equipment parts"
                + "\n- Quantity Surveyor experience\n- The position involves limited communication"
                + "\n- Knowledge of Real Estate regulations"))
                .doesNotContain("C", "Heavy Equipment Operation", "Surveying", "Communication", "Real Estate Sales");
        assertThat(all("Requirements\n- Python, C and Go\n- Heavy equipment operation\n- Land surveying"
                + "\n- Strong communication\n- Residential real estate"))
                .contains("C", "Heavy Equipment Operation", "Surveying", "Communication", "Real Estate Sales");
    }

    @Test
    void employersIndustriesTeamsAndRolesAreNotSkills() {
        List<String> found = all("""
                Acme Consulting LLC is hiring. We serve the woodworking industry and real estate firms.
                Requirements
                - Work with the HR team and our data scientists
                - Pay: $13/hr
                """);
        assertThat(found).doesNotContain("Management Consulting", "Carpentry", "Real Estate Sales",
                "Human Resources", "Data Science");
        assertThat(all("Requirements\n- Experience as a data scientist\n- Knowledge of HR and consulting"))
                .contains("Data Science", "Human Resources", "Management Consulting");
    }

    @Test
    void aFarFieldsSkillInASoftwareJobCountsOnlyWhereItIsAskedFor() {
        String software = """
                INNERGY builds cloud ERP software for woodworking shops and their carpentry crews.
                Requirements
                - Java, Spring Boot, PostgreSQL, Kubernetes and AWS
                """;
        assertThat(all(software)).contains("Java").doesNotContain("Carpentry");
        assertThat(all(software + "- Carpentry experience\n")).contains("Carpentry");
        assertThat(all("We build houses.\nYou will do carpentry and joinery on site.")).contains("Carpentry");
    }

    @Test
    void aListBeforeAnOrganisationWordAndADepartmentAsPartnerAreNotSkills() {
        assertThat(all("Requirements\n- Hiring experience for Web3/Crypto companies\n- Work with Sales and Marketing on launches"))
                .doesNotContain("Blockchain", "Sales", "Marketing");
        assertThat(all("Requirements\n- Web3 and Solidity development\n- Sales and marketing experience"))
                .contains("Blockchain", "Sales", "Marketing");
        assertThat(all("Requirements\n- Experience with Python and SQL")).contains("Python", "SQL");
    }

    @Test
    void aNameInsideAProductsNameIsThatProduct() {
        assertThat(all("Requirements\n- Yardi Property Management Software")).contains("Yardi")
                .doesNotContain("Property Management");
        assertThat(all("Requirements\n- Property management experience")).contains("Property Management");
        assertThat(all("Requirements\n- Functional Quality Assurance Software Tester")).contains("Quality Assurance");
    }

    @Test
    void personalQualitiesAreNotAskedForButSkillsInADescriptionSentenceAre() {
        assertThat(all("Requirements\n- Self-motivated, detail-oriented and a fast learner\n- Communication skills"))
                .containsExactly("Communication");
        assertThat(all("Requirements\n- SQL\nThe role\nYou possess strong written communication skills."))
                .contains("Communication");
        assertThat(all("Requirements\n- SQL\nThe role\nYou will collaborate with designers.")).doesNotContain("Teamwork");
    }

    @Test
    void aTechSkillInAServicePostingCountsOnlyWhereItIsAskedFor() {
        String recruiter = """
                Talent Acquisition Partner
                You will source candidates through networking within the community and referrals.
                Requirements
                - Full-cycle recruiting, sourcing and interviewing
                - Applicant tracking systems, stakeholder management and onboarding
                """;
        assertThat(all(recruiter)).contains("Recruiting").doesNotContain("Networking");
        assertThat(all(recruiter + "- Networking and TCP/IP basics\n")).contains("Networking");
    }

    @Test
    void aTeacherOrTrainerNamedAsPeopleIsNoTeachingSkill() {
        assertThat(all("Requirements\n- Work with our Master Teacher Program\n- Support Toddler Teachers\n- Coach new trainers"))
                .doesNotContain("Teaching", "Training Delivery");
        assertThat(all("Requirements\n- Two years as a teacher\n- Classroom teaching")).contains("Teaching");
        assertThat(all("The Educator role is the foundation of our success as an organization.\nEducators serve guests."))
                .doesNotContain("Teaching");
    }

    @Test
    void aUnitPeopleOrAThingNamedWithASkillWordAreNotThatSkill() {
        assertThat(all("""
                Requirements
                - The Corporate Compliance and Risk Management branch is hiring.
                - Partner with store leadership; drop off the weekly sales flyer.
                - Check the shipping document; complete the required background checks.
                - Interpretation of the Collective Bargaining Agreement; reporting child abuse.
                - We appreciate your patience.
                - Knowledge of DNA repair pathways; pass background investigations.
                """)).doesNotContain("Repair Work", "Investigations", "Risk Management", "Leadership", "Sales", "Shipping",
                "Background Checks", "Interpretation", "Reporting", "Patience");
        assertThat(all("Requirements\n- Risk management, leadership and sales\n- Shipping and background checks\n"
                + "- Interpretation services; management reporting\n- Equipment repair and incident investigations"))
                .contains("Repair Work", "Investigations", "Risk Management", "Leadership", "Sales",
                "Shipping", "Background Checks", "Interpretation", "Reporting");
    }
}
