package dev.careeragent.schedule.model;

/** How a scheduled run ended. INTERRUPTED: cancelled, or the app stopped while it ran. */
public enum RunOutcome { SUCCEEDED, FAILED, INTERRUPTED, SKIPPED }
