package dev.careeragent.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Thread CPU time per operation of the issue-11 benchmarks, for a machine too loaded for JMH's wall-clock scores
 * to mean anything (other builds share the cores): CPU time counts only the time this thread ran. Warm-up first,
 * then the median and 90th percentile of single operations.
 * Run: {@code ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.careeragent.bench.CpuTimeProbe [page ...]}
 * (page names of {@code realdata/jobs}, without {@code .html}; the five benchmark pages when none are given).
 */
public final class CpuTimeProbe {

    private static final int WARMUP = 200;
    private static final int RUNS = 200;

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        String[] pages = args.length > 0 ? args : new String[] {"crawlerlm_greenhouse_anthropic", "crawlerlm_linkedin_grab",
                "crawlerlm_indeedsg_food", "crawlerlm_glassdoor_library", "swde_monster_0000"};
        for (String page : pages) {
            RealJobPageBenchmark b = new RealJobPageBenchmark();
            b.page = page;
            b.setUp();
            report("jobParse " + page, b::jobParse, 1);
        }
        RealPostingSkillsBenchmark s = new RealPostingSkillsBenchmark();
        s.setUp();
        report("skillsPerPosting (" + RealPostingSkillsBenchmark.POSTINGS + " postings, per posting)", s::skillsPerPosting,
                RealPostingSkillsBenchmark.POSTINGS);
    }

    private static void report(String name, IntSupplier op, int perCall) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += op.getAsInt();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink += op.getAsInt();
            ms[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / perCall;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-55s cpu median %.2f ms  p90 %.2f ms  (sink %d)%n", name, ms[RUNS / 2],
                ms[RUNS * 9 / 10], sink % 7);
    }
}
