package dev.careeragent.match.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.match.MatchWeights;
import dev.careeragent.match.TestEmbedders;
import dev.careeragent.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Quality guard: on the labelled corpus set our ranking beats keyword overlap and TF-IDF (numbers in docs/BENCHMARKS-match.md). */
class MatchEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(MatchEvaluationTest.class);

    @Test
    void oursBeatsBothBaselinesOnNdcgAt5() {
        Corpus.root();
        MatchEvaluation eval = new MatchEvaluation(TestEmbedders.real());
        MatchEvaluation.Scores ours = eval.ours(MatchWeights.defaults());
        MatchEvaluation.Scores keywords = eval.keywordOverlap();
        MatchEvaluation.Scores tfidf = eval.tfIdf();
        LOG.info("Labelled set: {} labels, {} resumes, {} postings", eval.labels().labels().size(),
                eval.labels().resumes().size(), eval.labels().postings().size());
        LOG.info("{}", ours);
        LOG.info("{}", keywords);
        LOG.info("{}", tfidf);

        assertThat(ours.ndcg5()).isGreaterThan(keywords.ndcg5()).isGreaterThan(tfidf.ndcg5());
        assertThat(ours.spearman()).isGreaterThan(keywords.spearman()).isGreaterThan(tfidf.spearman());
    }
}
