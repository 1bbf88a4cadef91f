package dev.careeragent.notify.model;

/** QUEUED (waiting, maybe retrying) -> SENDING -> SENT, or FAILED after the last attempt or an uncertain crash. */
public enum OutboxState { QUEUED, SENDING, SENT, FAILED }
