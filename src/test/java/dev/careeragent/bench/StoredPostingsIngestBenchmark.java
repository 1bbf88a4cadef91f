package dev.careeragent.bench;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * One search run's ingest (1,000 postings: 900 new real Glassdoor jobs, 100 re-sightings of stored ones) with
 * 1k, 10k or 100k postings already stored (goal: 100k at most 1.2x 1k). The stored jobs are built through the
 * batch ingest path: each a different employer and town with its own text (words drawn from the real
 * descriptions), so they are distinct jobs as a month of hourly searches would store. The run's rows are deleted
 * after each iteration, so every iteration sees the same stored set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoredPostingsIngestBenchmark {

    private static final int RUN = 1000;
    private static final int RESIGHTED = 100;
    private static final int BUILD_BATCH = 5000;

    @Param({"1000", "10000", "100000"})
    public int stored;

    private Database database;
    private PostingIngest ingest;
    private List<JobPosting> run;
    private long lastStoredId;

    @Setup(Level.Trial)
    public void storeJobs() throws SQLException {
        database = BenchDatabases.fresh("ca-stored");
        ingest = new PostingIngest(database, Clock.systemUTC());
        List<JobPosting> real = GlassdoorCsv.postings();
        String[] words = real.stream().map(JobPosting::descriptionText).flatMap(d -> Arrays.stream(d.split("\\s+")))
                .distinct().toArray(String[]::new);
        Random random = new Random(42);
        List<JobPosting> storedJobs = new ArrayList<>(stored);
        for (int i = 0; i < stored; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 150; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            storedJobs.add(JobPosting.builder().source("stored-feed").sourceId("s" + i)
                    .title(real.get(i % real.size()).title()).company("Employer " + i).city("Stored Town " + i)
                    .location("Stored Town " + i).descriptionText(text.toString()).build());
            if (storedJobs.size() == BUILD_BATCH || i == stored - 1) {
                ingest.ingest(storedJobs, Map.of());
                storedJobs.clear();
            }
        }
        run = new ArrayList<>(BenchDatabases.distinctJobs(RUN - RESIGHTED));
        for (int i = 0; i < RESIGHTED; i++) {
            int s = i * (stored / RESIGHTED);
            run.add(JobPosting.builder().source("stored-feed").sourceId("s" + s).title("Re-sighted " + s)
                    .company("Employer " + s).city("Stored Town " + s).build());
        }
        try (Connection c = database.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT max(id) FROM job_posting")) {
            rs.next();
            lastStoredId = rs.getLong(1);
        }
    }

    @TearDown(Level.Iteration)
    public void forgetRun() throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            for (String table : List.of("job_posting_link", "job_posting_fingerprint", "job_posting_dedupe_key",
                    "job_posting_band")) {
                st.executeUpdate("DELETE FROM " + table + " WHERE posting_id > " + lastStoredId);
            }
            st.executeUpdate("DELETE FROM job_posting WHERE id > " + lastStoredId);
        }
    }

    @TearDown(Level.Trial)
    public void dropDatabase() {
        BenchDatabases.delete(database);
    }

    @Benchmark
    public int ingestRunOf1000() {
        return ingest.ingest(run, Map.of()).newCount();
    }
}
