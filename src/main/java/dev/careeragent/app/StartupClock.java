package dev.careeragent.app;

import java.lang.management.ManagementFactory;

/** Time since the JVM started, for {@code --measure-startup}. */
final class StartupClock {

    private StartupClock() {
    }

    static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
