package dev.careeragent.jobs.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchPrefixesTest {

    @Test
    void everyWordOfFourOrMoreLettersGivesItsPrefixesFromThreeLetters() {
        assertThat(SearchPrefixes.of("Data Scientist", "Acme", "Köln, DE"))
                .isEqualTo("dat sci scie scien scient scienti scientis acm köl");
    }

    @Test
    void shortWordsAndMissingFieldsGiveNothing() {
        assertThat(SearchPrefixes.of("QA", null, "NY")).isNull();
        assertThat(SearchPrefixes.of((String) null)).isNull();
    }

    @Test
    void repeatedPrefixesAreStoredOnce() {
        assertThat(SearchPrefixes.of("Java Developer", "Javelin")).isEqualTo("jav dev deve devel develo develop develope jave javel javeli");
    }
}
