package dev.careeragent.schedule;

/** How a scheduled run ended. INTERRUPTED: cancelled, or the app stopped while it ran. */
public enum RunOutcome { SUCCEEDED, FAILED, INTERRUPTED, SKIPPED }
