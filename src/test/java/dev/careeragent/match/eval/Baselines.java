package dev.careeragent.match.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two reference rankers: keyword overlap (share of the job's distinct terms found in the resume, as
 * Resume-Matcher-style tools do) and TF-IDF cosine (as JobSync-style pre-rankers do).
 */
public final class Baselines {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "you", "our", "are", "will", "your", "this",
            "that", "have", "from", "they", "their", "all", "not", "but", "can", "who", "has", "was", "were", "been", "into",
            "about", "also", "more", "other", "such", "any", "each", "what", "which", "when", "where", "how", "its", "per",
            "able", "well", "work", "working", "including", "within", "across", "based", "using", "use", "may", "must");

    private Baselines() {
    }

    static List<String> terms(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+"))
                .filter(t -> t.length() >= 3 && !STOP.contains(t) && !t.chars().allMatch(Character::isDigit)).toList();
    }

    /** Share of the job's distinct terms that appear in the resume. */
    public static double keywordOverlap(String resume, String job) {
        Set<String> jobTerms = new HashSet<>(terms(job));
        if (jobTerms.isEmpty()) {
            return 0;
        }
        Set<String> resumeTerms = new HashSet<>(terms(resume));
        return jobTerms.stream().filter(resumeTerms::contains).count() / (double) jobTerms.size();
    }

    /** TF-IDF cosine with document frequencies from {@code corpus} (all resumes and postings of the evaluation). */
    public static final class TfIdf {
        private final Map<String, Integer> df = new HashMap<>();
        private final int docs;

        public TfIdf(Collection<String> corpus) {
            corpus.forEach(d -> new HashSet<>(terms(d)).forEach(t -> df.merge(t, 1, Integer::sum)));
            docs = corpus.size();
        }

        public double cosine(String a, String b) {
            Map<String, Double> va = vector(a);
            Map<String, Double> vb = vector(b);
            double dot = 0;
            for (Map.Entry<String, Double> e : va.entrySet()) {
                dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
            }
            return dot / (norm(va) * norm(vb) + 1e-12);
        }

        private Map<String, Double> vector(String text) {
            Map<String, Double> tf = new HashMap<>();
            terms(text).forEach(t -> tf.merge(t, 1.0, Double::sum));
            tf.replaceAll((t, f) -> (1 + Math.log(f)) * Math.log((1.0 + docs) / (1 + df.getOrDefault(t, 0))));
            return tf;
        }

        private static double norm(Map<String, Double> v) {
            return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        }
    }
}
