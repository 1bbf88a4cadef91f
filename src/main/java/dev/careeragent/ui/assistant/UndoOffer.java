package dev.careeragent.ui.assistant;

/** What the page's Undo bar offers to take back ("Done: Track Backend Engineer at Fabrikam as Saved.") and how. */
public record UndoOffer(String message, Runnable undo) {
}
