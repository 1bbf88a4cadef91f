package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyphenationTest {

    @Test
    void wordsBrokenAtALineEndAreJoined() {
        assertThat(ItemBuilder.join("to meet the require-", "ments of the audit")).isEqualTo("to meet the requirements of the audit");
        assertThat(ItemBuilder.join("Sentinel Grid Solu-", "tions")).isEqualTo("Sentinel Grid Solutions");
        assertThat(ItemBuilder.join("reviewed sub-", "missions")).isEqualTo("reviewed submissions");
    }

    @Test
    void compoundsKeepTheirHyphen() {
        assertThat(ItemBuilder.join("a self-", "motivated learner")).isEqualTo("a self-motivated learner");
        assertThat(ItemBuilder.join("built data-", "driven reports")).isEqualTo("built data-driven reports");
        assertThat(ItemBuilder.join("the customer-", "facing API")).isEqualTo("the customer-facing API");
        assertThat(ItemBuilder.join("an end-", "to-end test")).isEqualTo("an end-to-end test");
    }

    @Test
    void aCapitalisedNextLineIsANewSentenceNotABrokenWord() {
        assertThat(ItemBuilder.join("Paris -", "Lyon")).isEqualTo("Paris - Lyon");
    }
}
