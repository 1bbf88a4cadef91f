package dev.careeragent.ui.nav;

/**
 * Event on the app's event bus: write a cover letter for this posting (published after navigating to the Letters
 * page, e.g. by the Jobs page's "Write cover letter"). The Letters page subscribes, selects the job and starts.
 */
public record WriteLetter(long postingId) {
}
