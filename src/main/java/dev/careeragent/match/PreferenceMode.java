package dev.careeragent.match;

/** How a preference acts on postings that do not meet it: not at all, by lowering the score, or by hiding them. */
public enum PreferenceMode { IGNORE, PENALTY, FILTER }
