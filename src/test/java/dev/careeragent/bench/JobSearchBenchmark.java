package dev.careeragent.bench;

import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.store.Database;
import dev.careeragent.testing.StoredScores;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * What the Jobs page does per keystroke over 100,000 stored postings: the capped full-text count and the first
 * page of 100 rows, for search-as-you-type prefixes (target p95 under 30 ms; SampleTime gives the percentiles).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JobSearchBenchmark {

    private static final List<String> TYPED = List.of("d", "da", "data", "data sci", "data scientist", "py", "pyth",
            "python", "machine lear", "senior", "new york", "sql", "analyst", "research", "aws");

    private Database database;
    private PostingSearch search;
    private int next;
    private long resumeVersion;

    @Setup(Level.Trial)
    public void store100k() throws Exception {
        database = BenchDatabases.fresh("ca-fts");
        new JobPostingRepository(database, Clock.systemUTC()).insertAll(BenchDatabases.distinctJobs(100_000));
        search = new PostingSearch(database, () -> "match_score");
        resumeVersion = storeScores(database);
    }

    /** A resume version and a score row for every posting, as a scored store has (scores spread over 0-100). */
    private static long storeScores(Database database) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            long version = StoredScores.newResumeVersion(st);
            st.executeUpdate("INSERT INTO match_score (posting_id, resume_version_id, score, explanation_json, posting_hash,"
                    + " profile_hash, computed_at) SELECT id, " + version + ", abs(random() % 10000) / 100.0, '{}', 'p',"
                    + " 'r', '2026-01-01' FROM job_posting");
            return version;
        }
    }

    @TearDown(Level.Trial)
    public void drop() {
        BenchDatabases.delete(database);
    }

    @Benchmark
    public int searchAsYouType() throws Exception {
        JobQuery query = JobQuery.all().withText(TYPED.get(next++ % TYPED.size()));
        return search.search(query, 0, 100).rows().size();
    }

    /** What the Jobs page does per keystroke once a resume is scored: best match first. */
    @Benchmark
    public int searchAsYouTypeByScore() throws Exception {
        JobQuery query = JobQuery.all().withText(TYPED.get(next++ % TYPED.size()));
        return search.search(query, new PostingSearch.MatchScores(resumeVersion, 0, true), 0, 100).rows().size();
    }

    @Benchmark
    public int searchWithFilters() throws Exception {
        JobQuery query = JobQuery.all().withText(TYPED.get(next++ % TYPED.size())).withMinYearlySalary(80_000.0)
                .withPostedSince(java.time.LocalDate.now().minusDays(30));
        return search.search(query, 0, 100).rows().size();
    }
}
