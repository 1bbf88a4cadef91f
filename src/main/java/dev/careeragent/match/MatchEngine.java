package dev.careeragent.match;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory matching index: postings' features and vectors (int8, in one {@link VectorArena},
 * each distinct text stored once) and the scoring over them. Indexing embeds only texts the cache has
 * not seen; scoring is arithmetic. Thread-safe (one lock; scoring 10,000 postings takes well under a second).
 */
public final class MatchEngine {

    private final SkillIndex skills;
    private final PostingAnalyzer postings;
    private final ResumeAnalyzer resumes;
    private final EmbeddingCache cache;
    private final VectorArena arena;
    private final MatchScorer scorer;
    private final Map<Long, Integer> vectorByKey = new HashMap<>();
    private final Map<Long, IndexedPosting> indexed = new LinkedHashMap<>();
    private final Map<Long, Long> fingerprints = new HashMap<>();

    public MatchEngine(SkillTaxonomy taxonomy, SkillExtractor extractor, EmbeddingCache cache) {
        this.skills = new SkillIndex(taxonomy);
        this.postings = new PostingAnalyzer(new RequirementExtractor(extractor));
        this.resumes = new ResumeAnalyzer(skills, cache);
        this.cache = cache;
        this.arena = new VectorArena(cache.dimensions(), 4096);
        this.scorer = new MatchScorer(skills, arena);
    }

    /** Features of a posting (rule-based extraction, no model). */
    public PostingFeatures analyze(JobPosting posting) {
        return postings.analyze(posting);
    }

    /** Features of several postings by id (each needs its id), analysed on all cores, in the order given. */
    public Map<Long, PostingFeatures> analyzeAll(List<JobPosting> list) {
        List<PostingFeatures> features = list.parallelStream().map(postings::analyze).toList();
        Map<Long, PostingFeatures> out = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            out.put(list.get(i).id(), features.get(i));
        }
        return out;
    }

    /** Prepares a resume profile for scoring; embeds its sections and roles (cached). */
    public ResumeFeatures prepare(MatchProfile profile) {
        return resumes.analyze(profile);
    }

    /** Adds or replaces postings; vectors come from the cache, the model embeds only unseen texts (one batch). */
    public synchronized void index(Map<Long, PostingFeatures> features) {
        List<String> texts = new ArrayList<>();
        features.values().forEach(f -> texts.addAll(f.embedTexts()));
        List<QuantizedVector> vectors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (String text : texts) {
            Integer known = vectorByKey.get(shortKey(text));
            slots.add(known);
            if (known == null) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            vectors = cache.vectors(missing);
        }
        int next = 0;
        int slot = 0;
        for (Map.Entry<Long, PostingFeatures> e : features.entrySet()) {
            int[] ids = new int[e.getValue().embedTexts().size()];
            for (int i = 0; i < ids.length; i++, slot++) {
                Integer known = slots.get(slot);
                if (known == null) {
                    String text = texts.get(slot);
                    known = vectorByKey.get(shortKey(text));
                    if (known == null) {
                        known = arena.add(vectors.get(next));
                        vectorByKey.put(shortKey(text), known);
                    }
                    next++;
                }
                ids[i] = known;
            }
            indexed.put(e.getKey(), IndexedPosting.of(e.getKey(), e.getValue(), skills, ids));
        }
    }

    public synchronized boolean isIndexed(long postingId, String textHash) {
        IndexedPosting p = indexed.get(postingId);
        return p != null && p.features().textHash().equals(textHash);
    }

    /**
     * Whether the posting is indexed from its current text. Checked on every rescore of every posting, so a
     * 64-bit fingerprint seen before answers; SHA-256 of the text is computed only for postings not checked yet.
     */
    public synchronized boolean isCurrent(JobPosting posting) {
        long print = PostingAnalyzer.fingerprint(posting);
        Long known = fingerprints.get(posting.id());
        if (known != null && known == print && indexed.containsKey(posting.id())) {
            return true;
        }
        boolean current = isIndexed(posting.id(), PostingAnalyzer.textHash(posting));
        if (current) {
            fingerprints.put(posting.id(), print);
        }
        return current;
    }

    public synchronized void remove(Collection<Long> postingIds) {
        postingIds.forEach(id -> {
            indexed.remove(id);
            fingerprints.remove(id);
        });
    }

    public synchronized Optional<MatchResult> score(long postingId, ResumeFeatures resume, MatchPreferences prefs,
                                                    MatchWeights weights, long todayEpochDay) {
        IndexedPosting p = indexed.get(postingId);
        return p == null ? Optional.empty() : Optional.of(scorer.score(p, resume, prefs, weights, todayEpochDay));
    }

    /** Scores the given indexed postings (unknown ids are skipped), in the order given, spread over the cores. */
    public synchronized List<MatchResult> scoreAll(Collection<Long> postingIds, ResumeFeatures resume, MatchPreferences prefs,
                                                   MatchWeights weights, long todayEpochDay) {
        List<IndexedPosting> known = new ArrayList<>(postingIds.size());
        for (long id : postingIds) {
            IndexedPosting p = indexed.get(id);
            if (p != null) {
                known.add(p);
            }
        }
        // Scoring only reads the index, which cannot change while this method holds the lock.
        return known.parallelStream().map(p -> scorer.score(p, resume, prefs, weights, todayEpochDay)).toList();
    }

    public synchronized int size() {
        return indexed.size();
    }

    /** Memory held by posting vectors: bytes in use and bytes allocated. */
    public synchronized long[] vectorBytes() {
        return new long[] {arena.usedBytes(), arena.allocatedBytes()};
    }

    public SkillIndex skills() {
        return skills;
    }

    /** 64 bits of the text's SHA-256: enough to tell a few million texts apart in memory (the store keeps all 256). */
    private long shortKey(String text) {
        String hex = cache.key(text);
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }
}
