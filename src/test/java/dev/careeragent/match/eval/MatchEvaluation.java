package dev.careeragent.match.eval;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.match.CorpusPostings;
import dev.careeragent.match.CorpusResumes;
import dev.careeragent.match.EmbeddingCache;
import dev.careeragent.match.InMemoryVectorStore;
import dev.careeragent.match.MatchEngine;
import dev.careeragent.match.MatchPreferences;
import dev.careeragent.match.MatchProfile;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.MatchWeights;
import dev.careeragent.match.PostingFeatures;
import dev.careeragent.match.ResumeFeatures;
import dev.careeragent.match.TextEmbedder;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Ranks the labelled set's postings for each resume with our matcher and both baselines, and measures the rankings. */
public final class MatchEvaluation {

    /** Mean NDCG@5, NDCG@10 and Spearman over the resumes, for one ranker. */
    public record Scores(String ranker, double ndcg5, double ndcg10, double spearman) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-16s NDCG@5 %.3f  NDCG@10 %.3f  Spearman %.3f", ranker, ndcg5, ndcg10, spearman);
        }
    }

    private final LabelledSet set = LabelledSet.load();
    private final List<String> postingRefs = new ArrayList<>(set.postings());
    private final Map<String, JobPosting> postings = new LinkedHashMap<>();
    private final Map<String, MatchProfile> profiles = new LinkedHashMap<>();
    private final Map<String, ResumeFeatures> prepared = new HashMap<>();
    private final MatchEngine engine;
    private final Map<Long, PostingFeatures> features = new LinkedHashMap<>();

    public MatchEvaluation(TextEmbedder embedder) {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        SkillExtractor extractor = new SkillExtractor(taxonomy);
        engine = new MatchEngine(taxonomy, extractor, new EmbeddingCache(embedder, new InMemoryVectorStore()));
        for (int i = 0; i < postingRefs.size(); i++) {
            JobPosting p = CorpusPostings.load(postingRefs.get(i));
            postings.put(postingRefs.get(i), p);
            features.put((long) i, engine.analyze(p));
        }
        engine.index(features);
        for (String r : set.resumes()) {
            MatchProfile profile = CorpusResumes.profile(r, extractor);
            profiles.put(r, profile);
            prepared.put(r, engine.prepare(profile));
        }
    }

    public Scores ours(MatchWeights weights) {
        return measure("career-agent", (resume, ref) -> {
            long id = postingRefs.indexOf(ref);
            return engine.score(id, prepared.get(resume), MatchPreferences.none(), weights,
                    CorpusResumes.TODAY.toEpochDay()).map(MatchResult::score).orElseThrow();
        });
    }

    public Scores keywordOverlap() {
        return measure("keyword overlap", (resume, ref) -> Baselines.keywordOverlap(resumeText(resume), postingText(ref)));
    }

    public Scores tfIdf() {
        List<String> corpus = new ArrayList<>();
        set.resumes().forEach(r -> corpus.add(resumeText(r)));
        postingRefs.forEach(p -> corpus.add(postingText(p)));
        Baselines.TfIdf tfidf = new Baselines.TfIdf(corpus);
        return measure("TF-IDF cosine", (resume, ref) -> tfidf.cosine(resumeText(resume), postingText(ref)));
    }

    /** Our score of every labelled pair, for inspection. */
    public Map<String, Map<String, Double>> ourScores(MatchWeights weights) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String r : set.resumes()) {
            Map<String, Double> byPosting = new LinkedHashMap<>();
            for (String p : postingRefs) {
                byPosting.put(p, engine.score(postingRefs.indexOf(p), prepared.get(r), MatchPreferences.none(), weights,
                        CorpusResumes.TODAY.toEpochDay()).map(MatchResult::score).orElseThrow());
            }
            out.put(r, byPosting);
        }
        return out;
    }

    public LabelledSet labels() {
        return set;
    }

    private Scores measure(String name, BiFunction<String, String, Double> scorer) {
        double n5 = 0;
        double n10 = 0;
        double rho = 0;
        int count = 0;
        for (String r : set.resumes()) {
            Map<String, Integer> grades = set.grades(r);
            Map<String, Double> predicted = new HashMap<>();
            grades.keySet().forEach(p -> predicted.put(p, scorer.apply(r, p)));
            n5 += RankingMetrics.ndcg(predicted, grades, 5);
            n10 += RankingMetrics.ndcg(predicted, grades, 10);
            rho += RankingMetrics.spearman(predicted, grades);
            count++;
        }
        return new Scores(name, n5 / count, n10 / count, rho / count);
    }

    private String resumeText(String ref) {
        MatchProfile p = profiles.get(ref);
        StringBuilder sb = new StringBuilder();
        p.sections().forEach(s -> sb.append(s.text()).append('\n'));
        return sb.toString();
    }

    private String postingText(String ref) {
        JobPosting p = postings.get(ref);
        return (p.title() == null ? "" : p.title()) + "\n" + (p.descriptionText() == null ? "" : p.descriptionText());
    }
}
