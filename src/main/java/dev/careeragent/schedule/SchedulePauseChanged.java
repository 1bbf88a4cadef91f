package dev.careeragent.schedule;

/** Event: "pause all" was switched on or off (the tray menu shows Pause or Resume). */
public record SchedulePauseChanged(boolean allPaused) {
}
