package dev.careeragent.ui.nav;

/**
 * Event on the app's event bus: show this posting on the Jobs page (published after navigating there, e.g.
 * when the user clicks a match alert). The Jobs page subscribes and selects the posting.
 */
public record ShowPosting(long postingId) {
}
