package dev.careeragent.sources.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careeragent.diagnostics.BrowserLocator;
import dev.careeragent.sources.FetchRig;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 500 page loads of a real LinkedIn search page (about 300 KB) in one browser session: JVM heap and
 * the resident memory of the driver and Chromium processes must stay flat. Takes minutes, so it runs
 * only when asked: {@code ./mvnw -o -q test -Dtest=BrowserMemoryBenchmark -Dbench=true}
 * (optionally {@code -Dbench.loads=N}); numbers go to docs/fetch-bench.md.
 */
@Tag("browser")
class BrowserMemoryBenchmark {

    private static final int LOADS = Integer.getInteger("bench.loads", 500);
    private static final int WARM_UP = 50;

    @Test
    void memoryStaysFlatAcross500PageLoads() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "Benchmark runs only with -Dbench=true");
        assumeTrue(BrowserLocator.find(null).isPresent(), "No Chromium installed: benchmark skipped");
        String page = LoopbackSite.read(Corpus.file("jobs/html/linkedin/jobsearchbot__serp_2b4a99809beea5a7.html"));
        FetchRig rig = new FetchRig();
        List<String> rows = new ArrayList<>();
        try (LoopbackSite site = LoopbackSite.start();
                BrowserSession session = new BrowserSession(BrowserOptions.locate(null, null))) {
            site.serve("/jobs/search", hit -> Reply.html(page));
            PoliteFetcher fetcher = rig.fetcher(FetchRig.policy(site, "bench"),
                    session.transportFor(BrowserProfile.forSource("bench")));
            long start = System.nanoTime();
            long heapAtWarmUp = 0;
            long rssAtWarmUp = 0;
            for (int i = 1; i <= LOADS; i++) {
                assertThat(fetcher.fetch(site.url("/jobs/search?start=" + i)).body()).contains("base-card");
                if (i == WARM_UP || i % 100 == 0) {
                    long heap = usedHeapAfterGc();
                    long rss = childProcessesRss();
                    if (i == WARM_UP) {
                        heapAtWarmUp = heap;
                        rssAtWarmUp = rss;
                    }
                    rows.add(String.format("| %d | %.1f | %.1f | %.1f |", i, heap / 1e6, rss / 1e6,
                            (System.nanoTime() - start) / 1e6 / i));
                }
            }
            long heapGrowth = usedHeapAfterGc() - heapAtWarmUp;
            long rssGrowth = childProcessesRss() - rssAtWarmUp;
            rows.forEach(System.out::println);
            System.out.printf("heap growth %.1f MB, driver+browser RSS growth %.1f MB, stats %s%n", heapGrowth / 1e6,
                    rssGrowth / 1e6, session.stats());
            assertThat(heapGrowth).as("JVM heap growth after warm-up").isLessThan(32_000_000L);
            assertThat(rssGrowth).as("driver + Chromium resident memory growth after warm-up").isLessThan(150_000_000L);
            assertThat(session.stats().pagesLoaded()).isEqualTo(LOADS);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Resident memory of the processes this JVM started (Playwright's driver and Chromium); Linux only. */
    private static long childProcessesRss() {
        return ProcessHandle.current().descendants().mapToLong(p -> rss(p.pid())).sum();
    }

    private static long rss(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }
}
