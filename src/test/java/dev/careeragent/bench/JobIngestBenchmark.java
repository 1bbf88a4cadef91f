package dev.careeragent.bench;

import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Normalise + deduplicate + store 10,000 real postings into a fresh SQLite file (target under 3 s):
 * {@code distinct} stores 10,000 new jobs; {@code copies} is GlassdoorCsv.scaledTo as is (the 956 rows repeated,
 * so about 600 jobs are new and the rest are merged as re-sightings with a source link each).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JobIngestBenchmark {

    @Param({"distinct", "copies"})
    public String kind;

    private List<RawPosting> raw;
    private PostingNormalizer normalizer;
    private Database database;
    private PostingIngest ingest;

    @Setup(Level.Trial)
    public void load() {
        List<JobPosting> postings = kind.equals("distinct") ? BenchDatabases.distinctJobs(10_000) : GlassdoorCsv.scaledTo(10_000);
        raw = new ArrayList<>(postings.size());
        for (JobPosting p : postings) {
            raw.add(new RawPosting(p.source()).sourceId(p.sourceId()).title(p.title()).company(p.company())
                    .location(p.location()).city(p.city()).region(p.region()).country(p.country())
                    .salaryText(p.salaryText()).descriptionText(p.descriptionText()).industries(p.industries()));
        }
        normalizer = new PostingNormalizer(Clock.systemUTC());
    }

    @Setup(Level.Iteration)
    public void freshDatabase() {
        database = BenchDatabases.fresh("ca-ingest");
        ingest = new PostingIngest(database, Clock.systemUTC());
    }

    @TearDown(Level.Iteration)
    public void dropDatabase() {
        BenchDatabases.delete(database);
    }

    @Benchmark
    public int normaliseDedupeStore10k() throws Exception {
        List<JobPosting> normalised = normalizer.normalizeAll(raw, "https://www.glassdoor.com");
        IngestResult result = ingest.ingest(normalised, java.util.Map.of());
        return result.newCount();
    }
}
