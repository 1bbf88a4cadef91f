package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.TargetLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Companies and words to avoid: whole words, any case, in the company, title or description; the reason leads. */
class AvoidListTest {

    private static final MatchResult SCORED = new MatchResult(7, "Backend Developer", 72.5, false,
            new MatchExplanation(List.of("Java"), List.of(), List.of(), List.of(), List.of(),
                    Map.of(MatchComponent.SKILLS, 40.0), List.of("Shows 1 of 1 required skills")), "hash");

    private static AvoidList avoiding(List<String> companies, List<String> words) {
        return AvoidList.of(MatchPreferences.from(new Preferences(List.of(), List.of(), RemotePreference.ANY, null, null,
                List.of(), TargetLevel.ANY, companies, words, null)));
    }

    private static JobPosting job(String company, String title, String text) {
        return JobPosting.builder().company(company).title(title).descriptionText(text).build();
    }

    @Test
    void anAvoidedCompanyHidesTheJobWithTheReasonFirst() {
        MatchResult hidden = avoiding(List.of("initech"), List.of()).apply(SCORED, job("Initech GmbH", "Backend Developer", "Java"));

        assertThat(hidden.excluded()).isTrue();
        assertThat(hidden.score()).isZero();
        assertThat(hidden.explanation().reasons()).containsExactly(
                "Hidden: From Initech GmbH, a company you avoid", "Shows 1 of 1 required skills");
        assertThat(hidden.explanation().penalties()).singleElement().satisfies(p -> {
            assertThat(p.excluded()).isTrue();
            assertThat(p.preference()).isEqualTo("Avoid list");
        });
        assertThat(hidden.explanation().matchedSkills()).as("the rest of the explanation is kept").containsExactly("Java");
    }

    @Test
    void wordsMatchWholeWordsInTitleCompanyOrDescription() {
        AvoidList crypto = avoiding(List.of(), List.of("Crypto", "on-call"));

        assertThat(crypto.apply(SCORED, job("Acme", "Backend Developer", "We build CRYPTO wallets")).excluded()).isTrue();
        assertThat(crypto.apply(SCORED, job("Acme", "Backend Developer (on-call)", "Java")).explanation().reasons().get(0))
                .isEqualTo("Hidden: Mentions \u201con-call\u201d, a word you avoid");
        assertThat(crypto.apply(SCORED, job("Acme", "Backend Developer", "Cryptography and security"))).as("not a whole word")
                .isSameAs(SCORED);
        assertThat(crypto.apply(SCORED, job(null, "Backend Developer", null))).isSameAs(SCORED);
    }

    @Test
    void anEmptyListLeavesEveryResultAlone() {
        assertThat(avoiding(List.of(), List.of()).apply(SCORED, job("Initech", "Crypto trader", "crypto"))).isSameAs(SCORED);
    }
}
