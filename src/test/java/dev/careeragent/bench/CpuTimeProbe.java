package dev.careeragent.bench;

import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * CPU time per operation of the issue-11 benchmarks, for a machine too loaded for JMH's wall-clock scores
 * to mean anything (other builds share the cores): CPU time counts only the time this process ran (all its
 * threads, as the job page parser works in a watchdog thread; a probe of the calling thread alone read 0.4 ms for a
 * parse that takes 9 ms). Warm-up first,
 * then the median and 90th percentile of the means of ten batches of operations.
 * Run: {@code ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.careeragent.bench.CpuTimeProbe [page ...]}
 * (page names of {@code realdata/jobs}, without {@code .html}; the five benchmark pages when none are given).
 */
public final class CpuTimeProbe {

    private static final int WARMUP = 200;
    private static final int RUNS = 200;
    private static final int BATCHES = 10;

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
        // the process's CPU time, not this thread's: the job page parser runs its work in a watchdog thread. The
        // process clock ticks in 10 ms steps, so operations are timed in batches and each batch gives its mean.
        OperatingSystemMXBean mx = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += op.getAsInt();
        }
        double[] ms = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            long t0 = mx.getProcessCpuTime();
            for (int i = 0; i < RUNS / BATCHES; i++) {
                sink += op.getAsInt();
            }
            ms[b] = (mx.getProcessCpuTime() - t0) / 1e6 / perCall / (RUNS / BATCHES);
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-55s cpu median %.2f ms  p90 %.2f ms  (batch means; sink %d)%n", name,
                ms[BATCHES / 2], ms[BATCHES * 9 / 10], sink % 7);
    }
}
