package dev.careeragent.notify;

/** Event: a posting scored at or above the tray threshold, published once per posting (tray / in-window alert). */
public record HighMatchFound(long postingId, int score, String title, String company) {
}
