package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.testing.Corpus;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingChunkerTest {

    @Test
    void keepsTheJobAndDropsBenefitsAndEqualOpportunityText() {
        String text = """
                We are hiring a data engineer to build pipelines in Python and SQL for our analytics team.
                Requirements:
                - 3+ years of experience with Airflow and Spark
                Benefits
                - Dental and vision insurance, 401(k) match
                We are an equal opportunity employer and value diversity.
                """;
        List<String> chunks = PostingChunker.chunks(text);
        String all = String.join(" ", chunks);
        assertThat(all).contains("data engineer", "Airflow and Spark").doesNotContain("Dental", "401", "equal opportunity");
    }

    @Test
    void longPostingsAreBoundedToAFewChunks() throws Exception {
        String text = Files.readString(Corpus.file("jobs/text/resume-matcher-e2e__ml-eng.txt")).repeat(4);
        List<String> chunks = PostingChunker.chunks(text);
        assertThat(chunks).hasSizeBetween(1, PostingChunker.MAX_CHUNKS)
                .allSatisfy(c -> assertThat(c.split("\\s+").length).isLessThanOrEqualTo(PostingChunker.CHUNK_WORDS));
        assertThat(PostingChunker.chunks("")).isEmpty();
    }
}
