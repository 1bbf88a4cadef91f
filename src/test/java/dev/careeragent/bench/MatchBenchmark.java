package dev.careeragent.bench;

import dev.careeragent.ai.embed.EmbeddingService;
import dev.careeragent.context.Entities;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.match.CorpusResumes;
import dev.careeragent.match.EmbeddingCache;
import dev.careeragent.match.MatchEngine;
import dev.careeragent.match.MatchPreferences;
import dev.careeragent.match.MatchProfile;
import dev.careeragent.match.MatchProgress;
import dev.careeragent.match.MatchService;
import dev.careeragent.match.store.MatchStore;
import dev.careeragent.match.MatchWeights;
import dev.careeragent.match.ResumeFeatures;
import dev.careeragent.resume.store.ResumeVersion;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.match.store.SqliteVectorStore;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Scoring speed (docs/BENCHMARKS-match.md): 10,000 stored postings (the 956 real Glassdoor ones repeated)
 * in a real SQLite file, the real MiniLM model, the corpus Java developer resume.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBenchmark {

    private Path dir;
    private Database db;
    private EmbeddingService model;
    private SkillTaxonomy taxonomy;
    private SkillExtractor extractor;
    private MatchEngine engine;
    private MatchService service;
    private List<JobPosting> tenThousand;
    private List<JobPosting> real;
    private List<Long> ids;
    private MatchProfile profile;
    private ResumeFeatures resume;
    private int round;
    private long resumeVersion;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("match-bench");
        Clock clock = Clock.systemUTC();
        db = Database.open(dir.resolve("bench.db"), new DatabaseBackups(dir.resolve("backups"), clock), Entities.ALL);
        new JobPostingRepository(db, clock).insertAll(GlassdoorCsv.scaledTo(10_000));
        tenThousand = new ArrayList<>();
        List<JobPosting> scaled = GlassdoorCsv.scaledTo(10_000);
        for (int i = 0; i < scaled.size(); i++) {
            tenThousand.add(scaled.get(i).toBuilder().id(i + 1L).build());
        }
        ids = LongStream.rangeClosed(1, 10_000).boxed().toList();
        real = GlassdoorCsv.postings();
        model = new EmbeddingService(dir.resolve("cache"), Runtime.getRuntime().availableProcessors());
        model.warmUp();
        taxonomy = SkillTaxonomy.loadDefault();
        extractor = new SkillExtractor(taxonomy);
        engine = new MatchEngine(taxonomy, extractor, new EmbeddingCache(model, new SqliteVectorStore(db, clock)));
        service = new MatchService(engine, new MatchStore(db, clock), new EventBus(), clock);
        profile = CorpusResumes.profile("resumes/pdf/resume-matcher__john_doe.pdf", extractor);
        long resumeId = new ResumeVersionRepository(db).save(new ResumeVersion("bench", clock.instant(), "john_doe.pdf", "PDF",
                null, "{}", null)).getId();
        resumeVersion = resumeId;
        service.useResume(resumeId, profile);
        long start = System.nanoTime();
        service.scoreAll(tenThousand, MatchProgress.NONE, () -> false);
        System.out.printf("%nFirst scoring of 10,000 postings (956 distinct, embedded from scratch): %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        resume = engine.prepare(profile);
    }

    @Benchmark
    public int scoreTenThousandCached() {
        return engine.scoreAll(ids, resume, MatchPreferences.none(), MatchWeights.defaults(), LocalDate.now().toEpochDay()).size();
    }

    /** A changed resume (its summary edited) through the service: embed what changed, rescore 10,000, store the scores. */
    @Benchmark
    public int rescoreTenThousandAfterResumeChange() {
        List<MatchProfile.Section> sections = new ArrayList<>(profile.sections());
        sections.set(0, new MatchProfile.Section("Summary", sections.get(0).text() + " Revision " + (++round) + "."));
        service.useResume(resumeVersion, new MatchProfile(profile.label(), sections, profile.skills(), profile.titles(),
                profile.yearsOfExperience(), profile.targetRoles()));
        return service.scoreAll(tenThousand, MatchProgress.NONE, () -> false).size();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        model.close();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
