package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The extractor must stay far below 5 ms for a 1,000-word text once warm (JIT compiled). */
class SkillExtractorSpeedTest {

    private static final Logger LOG = LoggerFactory.getLogger(SkillExtractorSpeedTest.class);

    @Test
    void thousandWordsWellUnderFiveMillisecondsWarm() {
        long loadStart = System.nanoTime();
        SkillExtractor extractor = new SkillExtractor(SkillTaxonomy.loadDefault());
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

        StringBuilder text = new StringBuilder();
        String resume = CorpusText.of("resumes/text/soupboss__sample_resume.txt");
        while (text.toString().split("\\s+").length < 1000) {
            text.append(resume).append('\n');
        }
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(text);
        for (int i = 0; i < 1000; i++) {
            word.find();
        }
        String thousandWords = text.substring(0, word.end());
        assertThat(thousandWords.strip().split("\\s+")).hasSize(1000);

        for (int i = 0; i < 300; i++) {
            extractor.extract(thousandWords, "warm-up");
        }
        // Fastest of 30 batch averages: the machine is shared, so single runs measure the neighbours too.
        long[] batchNanos = new long[30];
        int found = 0;
        for (int b = 0; b < batchNanos.length; b++) {
            long t = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                found = extractor.extract(thousandWords, "timed").size();
            }
            batchNanos[b] = (System.nanoTime() - t) / 20;
        }
        Arrays.sort(batchNanos);
        double bestMs = batchNanos[0] / 1e6;
        double medianMs = batchNanos[batchNanos.length / 2] / 1e6;
        LOG.info("Taxonomy load + trie build {} ms; 1,000-word extraction {} ms (best batch), {} ms (median batch), {} mentions",
                loadMs, String.format("%.3f", bestMs), String.format("%.3f", medianMs), found);
        assertThat(found).isGreaterThan(100);
        assertThat(bestMs).isLessThan(5.0);
    }
}
