package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import org.junit.jupiter.api.Test;

/** A page a browser saved names its address in a comment ("Mark of the Web"): its relative links resolve against it. */
class SavedPageAddressTest {

    private static final String MARK = "<!-- saved from url=(0031)https://djinni.co/jobs/?page=2 -->\n";

    private final JobPageParser parser = new JobPageParser(SourceTesting.normalizer(), SourceTesting.CLOCK);

    @Test
    void theCardsOfASavedBoardKeepTheirLinks() {
        String board = SourceTesting.resource("/realdata/jobs/h5_djinni_search.html");

        PageJobs trimmed = parser.read(board, null);
        PageJobs saved = parser.read(MARK + board, null);

        assertThat(trimmed.postings()).isNotEmpty().allSatisfy(p -> assertThat(p.url()).isNull());
        assertThat(saved.postings()).hasSameSizeAs(trimmed.postings())
                .allSatisfy(p -> assertThat(p.url()).startsWith("https://djinni.co/jobs/"));
        assertThat(saved.postings()).extracting(JobPosting::title)
                .containsExactlyElementsOf(trimmed.postings().stream().map(JobPosting::title).toList());
    }

    @Test
    void onlyAMarkNearTheTopWithAWebAddressCounts() {
        assertThat(Html.savedFrom(MARK + "<html></html>")).isEqualTo("https://djinni.co/jobs/?page=2");
        assertThat(Html.savedFrom("<!-- saved from url=(0014)about:internet -->")).isNull();
        assertThat(Html.savedFrom("<html>" + " ".repeat(3000) + MARK + "</html>")).isNull();
        assertThat(Html.savedFrom("<html><body>No mark</body></html>")).isNull();
    }
}
