package dev.careeragent.ai.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.bench.GlassdoorCsv;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.match.PostingChunker;
import dev.careeragent.match.TestEmbedders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's own encoder must give the vectors of langchain4j's encoder, long texts included. */
class DirectEncoderTest {

    @Test
    void givesLangchain4jsVectorsOnRealPostingTexts() {
        List<JobPosting> postings = GlassdoorCsv.postings();
        List<String> texts = new ArrayList<>();
        for (JobPosting p : postings.subList(0, 60)) {
            texts.add(p.title());
            texts.addAll(PostingChunker.chunks(p.descriptionText()));
        }
        // A whole description (far beyond the 512 tokens of one run) and a one-word text mixed in.
        texts.add(postings.get(61).descriptionText());
        texts.add("Java");
        EmbeddingService model = TestEmbedders.real();

        List<float[]> direct = model.embedAll(texts);
        List<float[]> reference = model.embedEach(texts);

        assertThat(direct).hasSize(texts.size());
        double worst = 1;
        for (int i = 0; i < texts.size(); i++) {
            worst = Math.min(worst, cosine(direct.get(i), reference.get(i)));
        }
        assertThat(worst).as("lowest cosine between own and langchain4j vectors").isGreaterThanOrEqualTo(0.999);
        assertThat(cosine(direct.get(0), direct.get(2))).as("different texts stay different").isLessThan(0.99);
    }

    @Test
    void blankTextsGetAUnitVectorInsteadOfAnError() {
        List<float[]> v = TestEmbedders.real().embedAll(java.util.Arrays.asList(" ", "", null, "Nurse"));
        assertThat(v).hasSize(4).allSatisfy(x -> assertThat(cosine(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3)));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
