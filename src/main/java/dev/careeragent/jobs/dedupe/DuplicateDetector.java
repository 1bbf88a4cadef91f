package dev.careeragent.jobs.dedupe;

import dev.careeragent.jobs.JobPosting;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final List<JobPosting> postings = new ArrayList<>();
    private final List<long[]> shingles = new ArrayList<>();
    private final List<Integer> groupOf = new ArrayList<>();
    private final Map<String, Integer> bySourceId = new HashMap<>();
    private final Map<String, Integer> byUrl = new HashMap<>();
    private final Map<String, List<Integer>> byCompanyTitlePlace = new HashMap<>();
    private final MinHashIndex descriptions = new MinHashIndex();

    public DuplicateDetector() {
        this(DEFAULT_DESCRIPTION_THRESHOLD);
    }

    public DuplicateDetector(double descriptionThreshold) {
        if (descriptionThreshold <= 0 || descriptionThreshold > 1) {
            throw new IllegalArgumentException("The description similarity threshold must be above 0 and at most 1, not "
                    + descriptionThreshold);
        }
        this.threshold = descriptionThreshold;
    }

    /** The earlier posting this one duplicates, if any, without remembering it. */
    public Optional<DuplicateMatch> find(JobPosting posting) {
        return match(posting, Shingles.of(posting.descriptionText())).map(m -> m.match);
    }

    /** Remembers the posting and returns the earlier posting it duplicates, if any. */
    public Optional<DuplicateMatch> add(JobPosting posting) {
        long[] sh = Shingles.of(posting.descriptionText());
        Optional<Found> found = match(posting, sh);
        int id = postings.size();
        postings.add(posting);
        shingles.add(sh);
        groupOf.add(found.map(f -> groupOf.get(f.id)).orElse(id));
        sourceKey(posting).ifPresent(k -> bySourceId.putIfAbsent(k, id));
        if (posting.url() != null) {
            byUrl.putIfAbsent(posting.url(), id);
        }
        byCompanyTitlePlace.computeIfAbsent(ctlKey(posting), k -> new ArrayList<>()).add(id);
        descriptions.add(id, sh);
        return found.map(f -> f.match);
    }

    /** Every posting added so far, grouped by job, in the order first seen. */
    public List<DuplicateGroup> groups() {
        Map<Integer, List<JobPosting>> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            members.computeIfAbsent(groupOf.get(i), g -> new ArrayList<>()).add(postings.get(i));
        }
        return members.values().stream().map(m -> new DuplicateGroup(m.get(0), m)).toList();
    }

    /** Groups a whole batch at once. */
    public static List<DuplicateGroup> group(List<JobPosting> postings) {
        DuplicateDetector detector = new DuplicateDetector();
        postings.forEach(detector::add);
        return detector.groups();
    }

    private Optional<Found> match(JobPosting p, long[] sh) {
        Optional<String> sourceKey = sourceKey(p);
        if (sourceKey.isPresent() && bySourceId.containsKey(sourceKey.get())) {
            return found(bySourceId.get(sourceKey.get()), DuplicateReason.SAME_SOURCE_ID, 1);
        }
        if (p.url() != null && byUrl.containsKey(p.url())) {
            return found(byUrl.get(p.url()), DuplicateReason.SAME_URL, 1);
        }
        String ctl = ctlKey(p);
        if (!ctl.startsWith("|")) {
            for (int id : byCompanyTitlePlace.getOrDefault(ctl, List.of())) {
                if (withinWindow(p, postings.get(id))) {
                    return found(id, DuplicateReason.SAME_COMPANY_TITLE_LOCATION, 1);
                }
            }
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int id : descriptions.candidates(sh)) {
            JobPosting other = postings.get(id);
            if (!PostingKeys.titlesCompatible(p.title(), other.title()) || !PostingKeys.placesCompatible(p, other)) {
                continue;
            }
            double s = Shingles.jaccard(sh, shingles.get(id));
            if (s >= threshold && s > bestSimilarity) {
                best = id;
                bestSimilarity = s;
            }
        }
        return best < 0 ? Optional.empty() : found(best, DuplicateReason.NEAR_IDENTICAL_DESCRIPTION, bestSimilarity);
    }

    private Optional<Found> found(int id, DuplicateReason reason, double similarity) {
        return Optional.of(new Found(id, new DuplicateMatch(postings.get(id), reason, similarity)));
    }

    private static Optional<String> sourceKey(JobPosting p) {
        return p.source() == null || p.sourceId() == null ? Optional.empty() : Optional.of(p.source() + "|" + p.sourceId());
    }

    private static String ctlKey(JobPosting p) {
        String company = PostingKeys.company(p.company());
        String title = PostingKeys.title(p.title());
        return company.isEmpty() || title.isEmpty() ? "|" : company + "|" + title + "|" + PostingKeys.place(p);
    }

    private static boolean withinWindow(JobPosting a, JobPosting b) {
        LocalDate x = dateOf(a);
        LocalDate y = dateOf(b);
        return x == null || y == null || Math.abs(ChronoUnit.DAYS.between(x, y)) <= SAME_JOB_WINDOW_DAYS;
    }

    private static LocalDate dateOf(JobPosting p) {
        if (p.postedDate() != null) {
            return p.postedDate();
        }
        return p.firstSeen() == null ? null : p.firstSeen().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private record Found(int id, DuplicateMatch match) {
    }
}
