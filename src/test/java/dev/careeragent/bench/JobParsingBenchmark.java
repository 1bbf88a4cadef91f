package dev.careeragent.bench;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.dedupe.DuplicateDetector;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.linkedin.LinkedInSearchParser;
import dev.careeragent.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Parsing a real 60-card LinkedIn search page (target under 30 ms) and grouping the 956 real Glassdoor postings. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JobParsingBenchmark {

    private LinkedInSearchParser parser;
    private String searchPage;
    private List<JobPosting> glassdoor;

    @Setup
    public void setUp() throws IOException {
        parser = new LinkedInSearchParser(new PostingNormalizer(Clock.systemUTC()));
        searchPage = Files.readString(Corpus.file("jobs/html/linkedin/jobsearchbot__serp_2b4a99809beea5a7.html"));
        glassdoor = GlassdoorCsv.postings();
    }

    @Benchmark
    public int parseLinkedInSearchPage() {
        return parser.parse(searchPage, "https://www.linkedin.com/jobs/search").size();
    }

    @Benchmark
    public int dedupeGlassdoorCsv() {
        return DuplicateDetector.group(glassdoor).size();
    }
}
