package dev.careeragent.notify.model;

/** The kinds of email the app sends; each has its own template and settings rule. */
public enum EmailKind { TEST, HIGH_MATCH, DIGEST, STATUS_UPDATE, INTERVIEW_REMINDER, FOLLOW_UP }
