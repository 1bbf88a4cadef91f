package dev.careeragent.bench;

import dev.careeragent.ai.embed.EmbeddingService;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.match.EmbeddingCache;
import dev.careeragent.match.InMemoryVectorStore;
import dev.careeragent.match.MatchEngine;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Embedding speed (docs/BENCHMARKS-match.md): {@value #POSTINGS} real Glassdoor postings never seen before,
 * from text to indexed vectors (requirement extraction, chunking, MiniLM). Postings per second = POSTINGS / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EmbedPostingsBenchmark {

    public static final int POSTINGS = 100;

    private Path dir;
    private EmbeddingService model;
    private SkillTaxonomy taxonomy;
    private SkillExtractor extractor;
    private List<JobPosting> real;
    private MatchEngine engine;
    private List<JobPosting> batch;
    private int next;
    private long cpuAtStart;
    private long cpuTotal;
    private int invocations;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("embed-bench");
        model = new EmbeddingService(dir, Runtime.getRuntime().availableProcessors());
        model.warmUp();
        taxonomy = SkillTaxonomy.loadDefault();
        extractor = new SkillExtractor(taxonomy);
        real = GlassdoorCsv.postings();
    }

    /** An empty cache and the next postings, so every invocation embeds texts the model has not seen. */
    @Setup(Level.Invocation)
    public void freshCache() {
        engine = new MatchEngine(taxonomy, extractor, new EmbeddingCache(model, new InMemoryVectorStore()));
        int from = (next++ * POSTINGS) % (real.size() - POSTINGS);
        batch = new ArrayList<>();
        for (JobPosting p : real.subList(from, from + POSTINGS)) {
            batch.add(p.toBuilder().id((long) batch.size()).build());
        }
        cpuAtStart = processCpuNanos();
    }

    /** CPU time does not depend on what else the machine runs, so it is reported next to the wall time. */
    @TearDown(Level.Invocation)
    public void countCpu() {
        cpuTotal += processCpuNanos() - cpuAtStart;
        invocations++;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Benchmark
    public int embedNewPostings() {
        engine.index(engine.analyzeAll(batch));
        return engine.size();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        System.out.printf("%nCPU time per new posting: %.1f ms (all threads, %d invocations of %d postings)%n",
                cpuTotal / 1e6 / invocations / POSTINGS, invocations, POSTINGS);
        model.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
