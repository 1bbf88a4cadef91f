package dev.careeragent.match;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.jobs.JobPosting;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Jobs page and the rest of the app use: scores and reasons for stored postings against the
 * primary resume, the user's preferences and weights. Only what changed is recomputed: features when a
 * posting's text changed, vectors for texts never seen, scores when the posting or the profile changed.
 * Long runs go through {@link #rescoreAll}; results are stored and announced with {@link MatchScoresChanged}.
 */
public final class MatchService {

    private static final Logger LOG = LoggerFactory.getLogger(MatchService.class);
    /** Postings embedded per model batch: large enough to keep cores busy, small enough for smooth progress. */
    private static final int BATCH = 64;

    private final MatchEngine engine;
    private final ScoreStore store;
    private final EventBus events;
    private final Clock clock;
    private final Map<Long, MatchResult> results = new ConcurrentHashMap<>();
    private volatile Long resumeVersionId;
    private volatile ResumeFeatures resume;
    /** Part of every stored score's hash: bumped when the same inputs score differently (2: unset preferences are neutral). */
    private static final String SCORING_VERSION = "2";

    private volatile MatchPreferences preferences = MatchPreferences.none();
    private volatile MatchWeights weights = MatchWeights.defaults();
    private volatile boolean storedFeaturesLoaded;
    /** Results stored before the last profile change, to store only what the change changed. */
    private volatile StoredResults previous = new StoredResults(-1, Map.of());

    private record StoredResults(long resumeVersionId, Map<Long, MatchResult> results) {
    }

    public MatchService(MatchEngine engine, ScoreStore store, EventBus events, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Makes {@code profile} (of resume version {@code versionId}) the one scored against. Embeds its sections: call off the UI thread. */
    public synchronized void useResume(long versionId, MatchProfile profile) {
        ResumeFeatures prepared = engine.prepare(profile);
        rememberStored();
        resume = prepared;
        resumeVersionId = versionId;
        reloadStoredScores();
    }

    /** Scores with the user's saved profile from now on: both its preferences and its weights, in one change. */
    public synchronized void useProfile(MatchPreferences prefs, MatchWeights w) {
        rememberStored();
        preferences = prefs;
        weights = w;
        reloadStoredScores();
    }

    /** The resume version scored against, if one is chosen; its stored scores can order and filter postings. */
    public Optional<Long> resumeVersionId() {
        return Optional.ofNullable(resumeVersionId);
    }

    /** Whether a resume is chosen for matching (scores exist or can be computed). */
    public boolean hasResume() {
        return resume != null;
    }

    public MatchWeights weights() {
        return weights;
    }

    public MatchPreferences preferences() {
        return preferences;
    }

    /** Scores one stored posting (e.g. as it arrives). */
    public MatchResult score(JobPosting posting) {
        return scoreAll(List.of(posting), MatchProgress.NONE, () -> false).get(0);
    }

    /**
     * Scores stored postings (each needs its database id), reusing what is unchanged, and stores the results.
     * Returns the results in the order given; stops early, keeping what is done, when {@code cancelled} says so.
     */
    public List<MatchResult> scoreAll(Collection<JobPosting> postings, MatchProgress progress, BooleanSupplier cancelled) {
        ResumeFeatures current = requireResume();
        loadStoredFeaturesOnce();
        String profileHash = profileHash();
        long today = LocalDate.now(clock).toEpochDay();
        List<JobPosting> list = new ArrayList<>(postings);
        List<MatchResult> out = new ArrayList<>(list.size());
        List<MatchResult> changed = new ArrayList<>();
        try {
            for (int from = 0; from < list.size() && !cancelled.getAsBoolean(); from += BATCH) {
                List<JobPosting> batch = list.subList(from, Math.min(list.size(), from + BATCH));
                List<MatchResult> scored = scoreBatch(batch, current, today, out);
                changed.addAll(scored);
                progress.update(Math.min(list.size(), from + BATCH), list.size(), "Scored " + out.size() + " of " + list.size() + " jobs");
            }
        } finally {
            // Also after a failure: every result in memory is stored, so later relabelling stays right.
            publish(changed, profileHash);
        }
        return out;
    }

    /** Indexes what is new or changed in {@code batch}, scores what has no current result; adds all to {@code out}, returns the newly scored. */
    private List<MatchResult> scoreBatch(List<JobPosting> batch, ResumeFeatures current, long today, List<MatchResult> out) {
        List<JobPosting> changed = new ArrayList<>();
        for (JobPosting p : batch) {
            if (p.id() == null) {
                throw new IllegalArgumentException("Only saved postings can be scored here; save \"" + p.title() + "\" first.");
            }
            if (!engine.isCurrent(p)) {
                changed.add(p);
            }
        }
        Map<Long, PostingFeatures> fresh = engine.analyzeAll(changed);
        if (!fresh.isEmpty()) {
            engine.index(fresh);
            store.saveFeatures(fresh);
        }
        List<Long> toScore = new ArrayList<>();
        for (JobPosting p : batch) {
            MatchResult known = results.get(p.id());
            if (known != null && !fresh.containsKey(p.id())) {
                out.add(known);
            } else {
                toScore.add(p.id());
            }
        }
        AvoidList avoid = AvoidList.of(preferences);
        Map<Long, JobPosting> byId = new HashMap<>();
        batch.forEach(p -> byId.put(p.id(), p));
        List<MatchResult> scored = engine.scoreAll(toScore, current, preferences, weights, today).stream()
                .map(r -> avoid.apply(r, byId.get(r.postingId()))).toList();
        scored.forEach(r -> results.put(r.postingId(), r));
        out.addAll(scored);
        return scored;
    }

    /** A background task that (re)scores every posting {@code postings} supplies, with progress and cancel. */
    public BackgroundTask<List<MatchResult>> rescoreAll(Supplier<Collection<JobPosting>> postings) {
        return BackgroundTask.of("Scoring jobs against your resume", task -> {
            Collection<JobPosting> all = postings.get();
            return scoreAll(all, (done, total, message) -> {
                task.updateProgress(done, total);
                task.updateMessage(message);
            }, task::isCancelled);
        });
    }

    public Optional<MatchResult> result(long postingId) {
        MatchResult r = results.get(postingId);
        if (r == null && resumeVersionId != null) {
            return store.loadScore(postingId, resumeVersionId).filter(s -> s.postingHash() != null);
        }
        return Optional.ofNullable(r);
    }

    public Optional<MatchExplanation> explanation(long postingId) {
        return result(postingId).map(MatchResult::explanation);
    }

    /** The best {@code limit} results, excluded postings left out. */
    public List<MatchResult> ranked(int limit) {
        return results.values().stream().filter(r -> !r.excluded())
                .sorted(Comparator.comparingDouble(MatchResult::score).reversed()).limit(limit).toList();
    }

    /** Skills missing across the {@code topN} best matches, most frequent first. */
    public List<SkillGap> skillGaps(int topN) {
        return SkillGaps.of(results.values(), topN);
    }

    private void publish(List<MatchResult> changed, String profileHash) {
        if (changed.isEmpty()) {
            return;
        }
        saveChanged(changed, profileHash);
        Set<Long> ids = new HashSet<>();
        changed.forEach(r -> ids.add(r.postingId()));
        double best = changed.stream().mapToDouble(MatchResult::score).max().orElse(0);
        LOG.info("Scored {} jobs (best {})", changed.size(), best);
        events.publish(new MatchScoresChanged(resumeVersionId, ids, best));
    }

    /** Rows whose result is what was stored before the profile changed only get the new profile hash. */
    private void saveChanged(List<MatchResult> scored, String profileHash) {
        StoredResults before = previous;
        Map<Long, MatchResult> old = before.resumeVersionId() == resumeVersionId ? before.results() : Map.of();
        List<MatchResult> rewrite = new ArrayList<>();
        List<Long> same = new ArrayList<>();
        for (MatchResult r : scored) {
            if (r.equals(old.get(r.postingId()))) {
                same.add(r.postingId());
            } else {
                rewrite.add(r);
            }
        }
        Set<Long> missing = store.relabelScores(resumeVersionId, profileHash, same);
        scored.stream().filter(r -> missing.contains(r.postingId())).forEach(rewrite::add);
        store.saveScores(resumeVersionId, profileHash, rewrite);
        LOG.debug("Stored {} changed scores, relabelled {} unchanged", rewrite.size(), same.size() - missing.size());
    }

    private String profileHash() {
        return ContentHash.ofParts(SCORING_VERSION, resume.hash(), preferences.hash(), weights.hash());
    }

    /** Called before the profile changes: what is stored now, so unchanged results need not be written again. */
    private void rememberStored() {
        if (resumeVersionId != null && !results.isEmpty()) {
            previous = new StoredResults(resumeVersionId, new HashMap<>(results));
        }
    }

    /** Keeps stored scores computed from the current resume, preferences and weights; others will be recomputed. */
    private void reloadStoredScores() {
        results.clear();
        if (resume != null) {
            results.putAll(store.loadScores(resumeVersionId, profileHash()));
        }
    }

    private void loadStoredFeaturesOnce() {
        if (!storedFeaturesLoaded) {
            synchronized (this) {
                if (!storedFeaturesLoaded) {
                    Map<Long, PostingFeatures> stored = store.loadFeatures();
                    if (!stored.isEmpty()) {
                        engine.index(stored);
                    }
                    storedFeaturesLoaded = true;
                }
            }
        }
    }

    private ResumeFeatures requireResume() {
        ResumeFeatures r = resume;
        if (r == null) {
            throw new MatchException("No resume is chosen for matching yet. Import your resume and make it the primary one first.");
        }
        return r;
    }
}
