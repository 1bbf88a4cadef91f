package dev.careeragent.ui.nav;

/**
 * Event on the app's event bus: show this application on the Applications page (published after navigating there,
 * e.g. when the user clicks a follow-up, interview or offer reminder). The Applications page selects it.
 */
public record ShowApplication(long applicationId) {
}
