package dev.careeragent.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for background work: polls a condition until it holds or the timeout ends (then fails with {@code what}). */
public final class Eventually {

    private Eventually() {
    }

    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
    }
}
