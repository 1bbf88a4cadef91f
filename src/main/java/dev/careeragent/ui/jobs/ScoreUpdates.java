package dev.careeragent.ui.jobs;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.match.MatchScoresChanged;
import dev.careeragent.ui.FxCallbacks;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps the Jobs table's scores current: {@link MatchScoresChanged} arrives on the scoring thread, often in bursts
 * (postings scored as they arrive), so it moves to the FX thread and reloads once the burst is over.
 */
final class ScoreUpdates {

    static final Duration QUIET = Duration.millis(400);

    private ScoreUpdates() {
    }

    /** Call on the FX thread (where the page is built). */
    static EventBus.Subscription follow(EventBus events, JobsViewModel model) {
        FxCallbacks fx = new FxCallbacks();
        PauseTransition debounce = new PauseTransition(QUIET);
        debounce.setOnFinished(e -> model.scoresChanged());
        return events.subscribe(MatchScoresChanged.class, changed -> fx.execute(debounce::playFromStart));
    }
}
