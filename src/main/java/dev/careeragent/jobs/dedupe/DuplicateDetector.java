package dev.careeragent.jobs.dedupe;

import dev.careeragent.jobs.JobPosting;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Finds postings that are the same job, in memory and without I/O. Rules, strongest first: same source and
 * source id; same canonical URL; same normalised company + title + location within 30 days; near-identical
 * description (word-shingle Jaccard at or above the threshold, found through a MinHash index) when the titles
 * are compatible and the cities do not disagree. The threshold is tuned on the corpus (docs/dedupe-tuning.md).
 */
public final class DuplicateDetector {

    /** Tuned on the corpus: see docs/dedupe-tuning.md and DuplicateDetectorTuningTest. */
    public static final double DEFAULT_DESCRIPTION_THRESHOLD = 0.6;
    static final int SAME_JOB_WINDOW_DAYS = 30;

    private final double threshold;
    private final List<Fingerprint> seen = new ArrayList<>();
    private final List<Integer> groupOf = new ArrayList<>();
    private final Map<String, Integer> bySourceId = new HashMap<>();
    private final Map<String, Integer> byUrl = new HashMap<>();
    private final Map<String, List<Integer>> byCompanyTitlePlace = new HashMap<>();
    private final MinHashIndex descriptions = new MinHashIndex();
    private final LongFunction<String> storedDescription;

    public DuplicateDetector() {
        this(DEFAULT_DESCRIPTION_THRESHOLD);
    }

    public DuplicateDetector(double descriptionThreshold) {
        this(descriptionThreshold, id -> null);
    }

    /**
     * @param storedDescription reads a stored posting's description by id, for postings added by
     *                          {@link #addStored}; called only when a new posting's band keys collide with it
     */
    public DuplicateDetector(double descriptionThreshold, LongFunction<String> storedDescription) {
        if (descriptionThreshold <= 0 || descriptionThreshold > 1) {
            throw new IllegalArgumentException("The description similarity threshold must be above 0 and at most 1, not "
                    + descriptionThreshold);
        }
        this.threshold = descriptionThreshold;
        this.storedDescription = storedDescription;
    }

    /** The earlier posting this one duplicates, if any, without remembering it. */
    public Optional<DuplicateMatch> find(JobPosting posting) {
        return match(Fingerprint.of(posting)).map(Found::match);
    }

    /** Remembers the posting and returns the earlier posting it duplicates, if any. */
    public Optional<DuplicateMatch> add(JobPosting posting) {
        return add(Fingerprint.of(posting));
    }

    /**
     * Adds the postings in order, as {@link #add} one by one would, and returns each one's match (empty: a new
     * job). The costly part, shingling the descriptions, runs on every core.
     */
    public List<Optional<DuplicateMatch>> addAll(List<JobPosting> postings) {
        return addAll(prepare(postings));
    }

    /** {@link #addAll(List)} for a batch prepared earlier, possibly on another thread. */
    public List<Optional<DuplicateMatch>> addAll(Prepared batch) {
        List<Optional<DuplicateMatch>> matches = new ArrayList<>(batch.fingerprints.size());
        batch.fingerprints.forEach(f -> matches.add(add(f)));
        return matches;
    }

    /** Does the costly part of adding postings (shingling), on every core; safe on any thread. */
    public static Prepared prepare(List<JobPosting> postings) {
        return new Prepared(postings.parallelStream().map(Fingerprint::of).toList());
    }

    /** Postings with their fingerprints computed, ready for {@link #addAll(Prepared)}. */
    public static final class Prepared {
        private final List<Fingerprint> fingerprints;

        private Prepared(List<Fingerprint> fingerprints) {
            this.fingerprints = fingerprints;
        }

        /** The i-th posting's description band keys, to store for {@link #addStored}. */
        public byte[] bandKeys(int i) {
            return MinHashIndex.toBytes(fingerprints.get(i).bandKeys());
        }

        /** The i-th posting's description band keys, one per band (none for an empty description). */
        public long[] bandKeyValues(int i) {
            return fingerprints.get(i).bandKeys().clone();
        }

        /** The i-th posting's normalised company + title + place key, or null when company or title is missing. */
        public String companyTitlePlace(int i) {
            return fingerprints.get(i).companyTitlePlace();
        }

        public int size() {
            return fingerprints.size();
        }
    }

    /** Remembers a stored posting (with its id) by the band keys saved for it ({@link Prepared#bandKeys}). */
    public void addStored(JobPosting posting, byte[] bandKeys) {
        add(Fingerprint.stored(posting, MinHashIndex.fromBytes(bandKeys)));
    }

    private Optional<DuplicateMatch> add(Fingerprint f) {
        Optional<Found> found = match(f);
        int id = seen.size();
        seen.add(f);
        groupOf.add(found.map(x -> groupOf.get(x.id)).orElse(id));
        f.sourceKey().ifPresent(k -> bySourceId.putIfAbsent(k, id));
        if (f.posting().url() != null) {
            byUrl.putIfAbsent(f.posting().url(), id);
        }
        if (f.companyTitlePlace() != null) {
            byCompanyTitlePlace.computeIfAbsent(f.companyTitlePlace(), k -> new ArrayList<>()).add(id);
        }
        descriptions.add(id, f.bandKeys());
        return found.map(Found::match);
    }

    /** Every posting added so far, grouped by job, in the order first seen. */
    public List<DuplicateGroup> groups() {
        Map<Integer, List<JobPosting>> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < seen.size(); i++) {
            members.computeIfAbsent(groupOf.get(i), g -> new ArrayList<>()).add(seen.get(i).posting());
        }
        return members.values().stream().map(m -> new DuplicateGroup(m.get(0), m)).toList();
    }

    /** Groups a whole batch at once. */
    public static List<DuplicateGroup> group(List<JobPosting> postings) {
        DuplicateDetector detector = new DuplicateDetector();
        detector.addAll(postings);
        return detector.groups();
    }

    private Optional<Found> match(Fingerprint f) {
        Optional<String> sourceKey = f.sourceKey();
        if (sourceKey.isPresent() && bySourceId.containsKey(sourceKey.get())) {
            return found(bySourceId.get(sourceKey.get()), DuplicateReason.SAME_SOURCE_ID, 1);
        }
        if (f.posting().url() != null && byUrl.containsKey(f.posting().url())) {
            return found(byUrl.get(f.posting().url()), DuplicateReason.SAME_URL, 1);
        }
        if (f.companyTitlePlace() != null) {
            for (int id : byCompanyTitlePlace.getOrDefault(f.companyTitlePlace(), List.of())) {
                if (withinWindow(f.date(), seen.get(id).date())) {
                    return found(id, DuplicateReason.SAME_COMPANY_TITLE_LOCATION, 1);
                }
            }
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int id : descriptions.candidates(f.bandKeys())) {
            Fingerprint other = seen.get(id);
            if (!f.titleCompatible(other) || !f.placeCompatible(other)) {
                continue;
            }
            double s = Shingles.jaccard(f.shingles(), shinglesOf(id));
            if (s >= threshold && s > bestSimilarity) {
                best = id;
                bestSimilarity = s;
            }
        }
        return best < 0 ? Optional.empty() : found(best, DuplicateReason.NEAR_IDENTICAL_DESCRIPTION, bestSimilarity);
    }

    private long[] shinglesOf(int id) {
        Fingerprint f = seen.get(id);
        if (f.shingles() == null) {
            f = f.withShingles(Shingles.of(storedDescription.apply(f.posting().id())));
            seen.set(id, f);
        }
        return f.shingles();
    }

    private Optional<Found> found(int id, DuplicateReason reason, double similarity) {
        return Optional.of(new Found(id, new DuplicateMatch(seen.get(id).posting(), reason, similarity)));
    }

    private static boolean withinWindow(LocalDate x, LocalDate y) {
        return x == null || y == null || Math.abs(ChronoUnit.DAYS.between(x, y)) <= SAME_JOB_WINDOW_DAYS;
    }

    private record Found(int id, DuplicateMatch match) {
    }
}
