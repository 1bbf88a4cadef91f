package dev.careeragent.jobs;

/** A saved search was added, changed or deleted: the scheduler brings its jobs in line. */
public record SavedSearchesChanged() {
}
