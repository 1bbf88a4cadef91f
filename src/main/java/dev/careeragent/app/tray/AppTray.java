package dev.careeragent.app.tray;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.HighMatchFound;
import dev.careeragent.schedule.SchedulePauseChanged;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * The tray's behaviour: one desktop notification per high-match posting (however often the event comes),
 * a click on the icon or notification opens the posting last announced (or just the window), and the menu
 * follows "pause all".
 */
public final class AppTray implements AutoCloseable {

    private final TrayIconPort icon;
    private final Set<Long> announced = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Long> lastAnnounced = new AtomicReference<>();
    private final List<EventBus.Subscription> subscriptions;
    private final LongConsumer openPosting;
    private final Runnable openWindow;

    public AppTray(TrayIconPort icon, EventBus events, LongConsumer openPosting, Runnable openWindow) {
        this.icon = icon;
        this.openPosting = openPosting;
        this.openWindow = openWindow;
        this.subscriptions = List.of(
                events.subscribe(HighMatchFound.class, this::announce),
                events.subscribe(SchedulePauseChanged.class, changed -> icon.setPaused(changed.allPaused())));
    }

    private void announce(HighMatchFound match) {
        if (!announced.add(match.postingId())) {
            return;
        }
        lastAnnounced.set(match.postingId());
        icon.displayMessage("New match " + match.score() + "%",
                match.title() + (match.company() == null ? "" : " at " + match.company()) + "\nClick to open it.");
    }

    /** The icon or its notification was clicked: open the posting last announced, once; else the window. */
    public void activated() {
        Long posting = lastAnnounced.getAndSet(null);
        if (posting != null) {
            openPosting.accept(posting);
        } else {
            openWindow.run();
        }
    }

    /** The one-time notice after the window was first closed while the app keeps running. */
    public void showStillRunningNotice() {
        icon.displayMessage("Career Agent is still running",
                "Searches and alerts continue in the background. Use the tray icon to open the app or quit.");
    }

    @Override
    public void close() {
        subscriptions.forEach(EventBus.Subscription::cancel);
        icon.remove();
    }
}
