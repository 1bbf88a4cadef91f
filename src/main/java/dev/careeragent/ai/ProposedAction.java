package dev.careeragent.ai;

/** A data-changing tool call the model asked for, waiting for the user: which tool, its arguments, what it would do. */
public record ProposedAction(String tool, String argumentsJson, String summary) {
}
