package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.context.Entities;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.match.store.MatchStore;
import dev.careeragent.match.store.SqliteVectorStore;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.resume.store.ResumeVersion;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over a real SQLite file and the real model: stored results, events, and the embedding cache at work. */
class MatchServiceTest {

    private static final List<String> JOBS = List.of("jobs/pdf/resume-matcher__job_desc_java_developer.pdf",
            "jobs/text/resume-matcher-e2e__backend-eng.txt", "jobs/text/resume-matcher-e2e__ml-eng.txt",
            "jobs/json/ashby/stapply__ashby_Coder.json#8");

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
    private final SkillExtractor extractor = new SkillExtractor(taxonomy);
    private final List<MatchScoresChanged> events = new ArrayList<>();
    private Database db;
    private List<JobPosting> postings;
    private long resumeId;
    private MatchProfile profile;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data.db"), new DatabaseBackups(dir.resolve("backups"), clock), Entities.ALL);
        JobPostingRepository repo = new JobPostingRepository(db, clock);
        postings = new ArrayList<>();
        JOBS.forEach(ref -> postings.add(repo.save(CorpusPostings.load(ref).toBuilder().source("test").build())));
        resumeId = new ResumeVersionRepository(db).save(new ResumeVersion("Java CV", clock.instant(), "john_doe.pdf", "PDF",
                null, "{}", null)).getId();
        profile = CorpusResumes.profile("resumes/pdf/resume-matcher__john_doe.pdf", extractor);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MatchService service(TestEmbedders.Counting model) {
        EventBus bus = new EventBus();
        bus.subscribe(MatchScoresChanged.class, events::add);
        EmbeddingCache cache = new EmbeddingCache(model, new SqliteVectorStore(db, clock));
        return new MatchService(new MatchEngine(taxonomy, extractor, cache), new MatchStore(db, clock), bus, clock);
    }

    @Test
    void scoresAreStoredExplainedAndOnlyChangedTextIsEmbedded() {
        TestEmbedders.Counting model = new TestEmbedders.Counting(TestEmbedders.real());
        MatchService service = service(model);
        service.useResume(resumeId, profile);
        int resumeTexts = model.texts.get();
        assertThat(resumeTexts).isPositive();

        List<MatchResult> first = service.scoreAll(postings, MatchProgress.NONE, () -> false);
        int postingTexts = model.texts.get() - resumeTexts;
        assertThat(postingTexts).isBetween(JOBS.size() * 2, JOBS.size() * (PostingChunker.MAX_CHUNKS + 1));
        assertThat(first).hasSize(JOBS.size());
        assertThat(first.get(0).score()).isGreaterThan(first.get(3).score());
        assertThat(events).singleElement().satisfies(e -> assertThat(e.postingIds()).hasSize(JOBS.size()));
        assertThat(service.explanation(postings.get(0).id()).orElseThrow().matchedSkills()).contains("Java", "Hibernate");

        // Nothing changed: no model call, nothing recomputed, no event.
        int calls = model.calls.get();
        List<MatchResult> again = service.scoreAll(postings, MatchProgress.NONE, () -> false);
        assertThat(model.calls.get()).isEqualTo(calls);
        assertThat(again).isEqualTo(first);
        assertThat(events).hasSize(1);

        // One posting's text changed: only its new chunk is embedded (the title is cached) and only it is rescored.
        JobPosting edited = postings.get(1).toBuilder().descriptionText("Requirements: experience mentoring junior engineers.\n"
                + postings.get(1).descriptionText()).build();
        postings.set(1, new JobPostingRepository(db, clock).save(edited));
        int before = model.texts.get();
        service.scoreAll(postings, MatchProgress.NONE, () -> false);
        assertThat(model.texts.get() - before).isBetween(1, PostingChunker.MAX_CHUNKS);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).postingIds()).containsExactly(postings.get(1).id());
    }

    @Test
    void aRestartReusesStoredVectorsFeaturesAndScores() {
        MatchService first = service(new TestEmbedders.Counting(TestEmbedders.real()));
        first.useResume(resumeId, profile);
        List<MatchResult> scored = first.scoreAll(postings, MatchProgress.NONE, () -> false);

        TestEmbedders.Counting model = new TestEmbedders.Counting(TestEmbedders.real());
        MatchService restarted = service(model);
        restarted.useResume(resumeId, profile);
        List<MatchResult> reloaded = restarted.scoreAll(postings, MatchProgress.NONE, () -> false);
        assertThat(model.calls.get()).isZero();
        assertThat(reloaded).extracting(MatchResult::score).containsExactlyElementsOf(scored.stream().map(MatchResult::score).toList());
        assertThat(restarted.explanation(postings.get(0).id())).isPresent();
    }

    @Test
    void rescoreRunsAsABackgroundTaskAndNewPreferencesRescoreWithoutTheModel() throws Exception {
        TestEmbedders.Counting model = new TestEmbedders.Counting(TestEmbedders.real());
        MatchService service = service(model);
        service.useResume(resumeId, profile);
        try (CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor()) {
            var handle = tasks.execute(service.rescoreAll(() -> postings));
            assertThat(handle.result().get()).hasSize(JOBS.size());
            assertThat(handle.task().progress()).isEqualTo(1.0);
        }
        int calls = model.calls.get();
        service.useProfile(new MatchPreferences(RemotePreference.REMOTE, PreferenceMode.FILTER, List.of(), null, null,
                null, null, List.of(), null, 30), MatchWeights.defaults());
        List<MatchResult> filtered = service.scoreAll(postings, MatchProgress.NONE, () -> false);
        assertThat(model.calls.get()).isEqualTo(calls);
        assertThat(events).hasSize(2);
        // The Ashby posting says remote; the others do not say, so nothing is filtered for lack of information.
        assertThat(filtered).noneMatch(MatchResult::excluded);
        assertThat(service.ranked(2)).hasSize(2);
        assertThat(service.skillGaps(3)).isNotEmpty().allSatisfy(g -> assertThat(g.describe()).contains("% of your top 3 matches"));
    }

    @Test
    void scoresAProfileChangeLeftAloneAreRelabelledSoARestartFindsEveryScore() {
        // a new profile hash that judges no posting differently ("any" work mode is never judged)
        MatchPreferences remote = new MatchPreferences(RemotePreference.ANY, PreferenceMode.FILTER, List.of(), null, null,
                null, null, List.of(), null, 30);
        MatchWeights skillsFirst = new MatchWeights(0.6, 0.2, 0.1, 0.1, 0.5, 0.25, 15, 10, 15, 10, 10);
        MatchService first = service(new TestEmbedders.Counting(new TestEmbedders.BagOfWords()));
        first.useResume(resumeId, profile);
        List<MatchResult> before = first.scoreAll(postings, MatchProgress.NONE, () -> false);
        first.useProfile(remote, MatchWeights.defaults());
        List<MatchResult> after = first.scoreAll(postings, MatchProgress.NONE, () -> false);
        assertThat(after).as("this preference changes no result").containsExactlyElementsOf(before);

        MatchService second = restartedWith(remote, MatchWeights.defaults());
        int published = events.size();
        assertThat(second.scoreAll(postings, MatchProgress.NONE, () -> false)).containsExactlyElementsOf(after);
        assertThat(events).as("every score was found in the store, none recomputed").hasSize(published);
        second.useProfile(remote, skillsFirst);
        List<MatchResult> reweighted = second.scoreAll(postings, MatchProgress.NONE, () -> false);
        assertThat(reweighted).extracting(MatchResult::score).isNotEqualTo(after.stream().map(MatchResult::score).toList());

        MatchService third = restartedWith(remote, skillsFirst);
        published = events.size();
        assertThat(third.scoreAll(postings, MatchProgress.NONE, () -> false)).containsExactlyElementsOf(reweighted);
        assertThat(events).hasSize(published);
    }

    private MatchService restartedWith(MatchPreferences prefs, MatchWeights weights) {
        MatchService s = service(new TestEmbedders.Counting(new TestEmbedders.BagOfWords()));
        s.useResume(resumeId, profile);
        s.useProfile(prefs, weights);
        return s;
    }

    @Test
    void scoringWithoutAResumeSaysWhatToDo() {
        MatchService service = service(new TestEmbedders.Counting(new TestEmbedders.BagOfWords()));
        assertThatThrownBy(() -> service.scoreAll(postings, MatchProgress.NONE, () -> false))
                .isInstanceOf(MatchException.class).hasMessageContaining("Import your resume");
    }
}
