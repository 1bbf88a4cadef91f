package dev.careeragent.schedule.model;

/** Why a run started: on time, to catch up a slot missed while the app was closed or asleep, or "Run now". */
public enum RunTrigger { SCHEDULED, CATCH_UP, MANUAL }
