package dev.careeragent.sources.settings;

/** The random pause between two pages of one site, in seconds (a person reads for a few seconds, too). */
public record DelayRange(int minSeconds, int maxSeconds) {

    public static final DelayRange DEFAULT = new DelayRange(3, 7);

    /** A range a file may have left inconsistent is read as the nearest sensible one. */
    public DelayRange {
        minSeconds = Math.max(0, minSeconds);
        maxSeconds = Math.max(minSeconds, maxSeconds);
    }
}
