package dev.careeragent.bench;

import dev.careeragent.analytics.AnalyticsReport;
import dev.careeragent.analytics.AnalyticsService;
import dev.careeragent.analytics.store.AnalyticsRepository;
import dev.careeragent.store.Database;
import java.time.Clock;
import java.util.Optional;
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
 * Every figure of the Analytics page at once (funnel, responses, weeks, outcomes by source and score band, score
 * distribution of new jobs, missing-skill trend, salary ranges) over 100,000 scored postings and 10,000 applications
 * with their history. Target: under 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyticsBenchmark {

    private Database database;
    private AnalyticsService analytics;

    @Setup(Level.Trial)
    public void store() throws Exception {
        database = BenchDatabases.fresh("ca-analytics");
        long resume = TrackerBenchData.postingsWithScores(database, 100_000);
        TrackerBenchData.applications(database, 10_000, true, 10);
        analytics = new AnalyticsService(new AnalyticsRepository(database), () -> Optional.of(resume), Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void drop() {
        BenchDatabases.delete(database);
    }

    @Benchmark
    public AnalyticsReport fullReport() {
        return analytics.report();
    }
}
