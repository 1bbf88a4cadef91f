package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.bench.GlassdoorCsv;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Vectors of 100,000 postings fit in 200 MB: measured on an arena filled as the real postings would fill it. */
class VectorMemoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(VectorMemoryTest.class);

    @Test
    void vectorsForOneHundredThousandPostingsStayUnderTwoHundredMegabytes() throws Exception {
        List<JobPosting> real = GlassdoorCsv.postings();
        PostingAnalyzer analyzer = new PostingAnalyzer(new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault())));
        double perPosting = real.stream().mapToInt(p -> analyzer.analyze(p).embedTexts().size()).average().orElseThrow();
        assertThat(perPosting).isBetween(1.0, 1.0 + PostingChunker.MAX_CHUNKS);

        // Worst case: every text distinct (no sharing of titles or boilerplate between postings).
        int vectors = (int) Math.ceil(100_000 * perPosting);
        VectorArena arena = new VectorArena(384, vectors);
        Random random = new Random(7);
        float[] v = new float[384];
        for (int i = 0; i < vectors; i++) {
            v[random.nextInt(384)] = random.nextFloat();
            arena.add(QuantizedVector.of(v));
        }
        long megabytes = arena.allocatedBytes() / 1_000_000;
        LOG.info("100,000 postings: {} vectors per posting on average, {} vectors, {} MB allocated ({} MB as float32)",
                String.format("%.2f", perPosting), vectors, megabytes, (long) vectors * 384 * 4 / 1_000_000);
        assertThat(arena.allocatedBytes()).isLessThan(200_000_000L);
        assertThat(arena.usedBytes()).isEqualTo((long) vectors * (384 + 4));
    }
}
