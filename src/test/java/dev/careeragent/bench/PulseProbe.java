package dev.careeragent.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures FX-thread stalls: an AnimationTimer records the longest gap between pulses on the idle page for 2 s, then
 * from the start of some streaming work until it is done, and the UI thread's CPU time over the work.
 */
final class PulseProbe {

    /** Longest pulse gap while the work ran, the same on the idle page just before, and UI-thread CPU spent. */
    record Run(long worstGapMillis, long idleGapMillis, long fxCpuMillis, int slowPulses, int idleSlowPulses, long activeMillis,
               long worstPulseCpuMillis) {
        @Override
        public String toString() {
            return "longest pulse gap " + worstGapMillis + " ms (idle page: " + idleGapMillis + " ms), gaps over 50 ms: "
                    + slowPulses + " in " + activeMillis + " ms (idle page: " + idleSlowPulses + " in 2000 ms), UI-thread CPU "
                    + fxCpuMillis + " ms, at most " + worstPulseCpuMillis + " ms of it between two pulses";
        }
    }

    private PulseProbe() {
    }

    /** Runs {@code start} on the FX thread and waits (up to 60 s) until {@code done}. */
    static Run measure(FxRobot robot, Runnable start, Callable<Boolean> done) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong last = new AtomicLong();
        AtomicLong worst = new AtomicLong();
        AtomicLong idle = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        // UI-thread CPU between two pulses: unlike the gap, it does not grow when other processes take the cores
        AtomicLong lastCpu = new AtomicLong();
        AtomicLong worstCpu = new AtomicLong();
        boolean[] active = {false};
        int[] slow = {0, 0};
        AnimationTimer probe = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                long cpuNow = threads.getCurrentThreadCpuTime();
                long cpuBefore = lastCpu.getAndSet(cpuNow);
                if (before != 0 && active[0]) {
                    worstCpu.accumulateAndGet(cpuNow - cpuBefore, Math::max);
                }
                if (before != 0) {
                    (active[0] ? worst : idle).accumulateAndGet(now - before, Math::max);
                    if (now - before > 50_000_000L) {
                        slow[active[0] ? 0 : 1]++;
                    }
                }
            }
        };
        robot.interact(probe::start);
        Thread.sleep(2000);
        long[] began = new long[1];
        robot.interact(() -> {
            began[0] = System.nanoTime();
            cpu.set(threads.getCurrentThreadCpuTime());
            active[0] = true;
            start.run();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, done);
        robot.interact(() -> {
            cpu.set(threads.getCurrentThreadCpuTime() - cpu.get());
            probe.stop();
        });
        return new Run(worst.get() / 1_000_000, idle.get() / 1_000_000, cpu.get() / 1_000_000, slow[0], slow[1],
                (System.nanoTime() - began[0]) / 1_000_000, worstCpu.get() / 1_000_000);
    }

    /** 1,500 tokens ("word0 word1 ... word11.\n" lines), about 9 kB: a long letter or answer. */
    static java.util.List<String> longText() {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            tokens.add("word" + i + (i % 12 == 11 ? ".\n" : " "));
        }
        return tokens;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
