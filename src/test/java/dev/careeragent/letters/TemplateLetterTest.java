package dev.careeragent.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The letter without a model: from the match, in each tone and length, and clean under the guard. */
class TemplateLetterTest {

    private final LetterFacts facts = LetterFixtures.facts();

    @Test
    void factsRankRequiredSkillsShownInExperienceFirstAndFindTheHiringManager() {
        assertThat(facts.hiringManager()).isEqualTo("Grace Hopper");
        assertThat(facts.strongest(3)).extracting(MatchedRequirement::skill).containsExactlyInAnyOrder("Java", "Spring Boot", "PostgreSQL");
        assertThat(facts.missing()).contains("Terraform");
        assertThat(facts.matched()).extracting(MatchedRequirement::skill).contains("Kubernetes");
        assertThat(facts.strongest(3).get(0).evidence()).contains("Java");
    }

    @Test
    void templateNamesRoleCompanyTheThreeStrongestWithEvidenceAndCloses() {
        String text = new TemplateLetter().write(facts, LetterOptions.defaults());
        assertThat(text).startsWith("Dear Grace Hopper,")
                .contains("the Backend Engineer position at Fabrikam")
                .contains("I currently work as Senior Software Engineer at Northwind Analytics.")
                .contains("\u2022 Java: Built Java and Spring Boot services handling 2,000 requests per second.")
                .contains("\u2022 Spring Boot: ")
                .contains("\u2022 PostgreSQL: Led a team of 5 engineers migrating PostgreSQL schemas.")
                .contains("I hold a BSc in Computer Science from University of Manchester.")
                .contains("Thank you for considering my application")
                .endsWith("Sincerely,\nAda Lovelace");
        assertThat(text).doesNotContain("Terraform");
    }

    @Test
    void toneAndLengthChangeTheLetter() {
        String warmShort = new TemplateLetter().write(facts, new LetterOptions(Tone.WARM, LetterLength.SHORT, "English"));
        String direct = new TemplateLetter().write(facts, new LetterOptions(Tone.DIRECT, LetterLength.STANDARD, "English"));
        assertThat(warmShort).startsWith("Hello Grace Hopper,").contains("Warm regards").doesNotContain("I hold a");
        assertThat(direct).contains("I am applying for the Backend Engineer role").contains("Best regards");
        assertThat(warmShort.split("\\s+").length).isLessThan(direct.split("\\s+").length);
    }

    @Test
    void everyTemplateLetterPassesTheGuard() {
        for (Tone tone : Tone.values()) {
            for (LetterLength length : LetterLength.values()) {
                LetterDraft draft = new LetterComposer(LetterFixtures.GUARD).compose(facts,
                        new LetterOptions(tone, length, "English"), new LlmConnector(LlmConfig.none()), t -> { }, () -> false);
                assertThat(draft.source()).isEqualTo(LetterDraft.Source.TEMPLATE);
                assertThat(draft.guard().flagged()).as(tone + " " + length + ":\n" + draft.text()).isEmpty();
                assertThat(draft.guard().checked()).isNotEmpty();
            }
        }
    }

    @Test
    void aResumeWithNoMatchesStillGivesASendableLetter() {
        LetterFacts none = new LetterFacts("Sam Roe", null, null, null, "Chef", "Bistro", null, List.of(), List.of(),
                List.of(), List.of(), new dev.careeragent.resume.model.Resume(null, null, null, null, null, null, null, null, null,
                null, null), List.of(), LetterFixtures.POSTING);
        String text = new TemplateLetter().write(none, LetterOptions.defaults());
        assertThat(text).contains("Chef position at Bistro").contains("My resume, attached,").endsWith("Sam Roe");
    }
}
