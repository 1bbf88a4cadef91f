package dev.careeragent.app.tray;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.FollowUpDue;
import dev.careeragent.notify.HighMatchFound;
import dev.careeragent.notify.InterviewReminder;
import dev.careeragent.tracker.OfferDeadlineDue;
import dev.careeragent.schedule.SchedulePauseChanged;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * The tray's behaviour: one desktop notification per high-match posting (however often the event comes) and per
 * follow-up, interview or offer reminder; a click on the icon or notification opens what was last announced (the
 * posting, or the application a reminder is about), else just the window; the menu follows "pause all".
 */
public final class AppTray implements AutoCloseable {

    private final TrayIconPort icon;
    private final Set<Long> announced = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Runnable> lastAnnounced = new AtomicReference<>();
    private final List<EventBus.Subscription> subscriptions;
    private final Runnable openWindow;

    public AppTray(TrayIconPort icon, EventBus events, LongConsumer openPosting, LongConsumer openApplication,
            Runnable openWindow) {
        this.icon = icon;
        this.openWindow = openWindow;
        this.subscriptions = List.of(
                events.subscribe(HighMatchFound.class, match -> announce(match, openPosting)),
                events.subscribe(FollowUpDue.class, due -> remind(due.applicationId(), "Follow up with " + due.company(),
                        due.title() + ": no news for " + due.quietDays() + " days.", openApplication)),
                events.subscribe(InterviewReminder.class, soon -> remind(soon.applicationId(), "Interview with "
                        + soon.company(), soon.title() + (soon.place() == null ? "" : ", " + soon.place()), openApplication)),
                events.subscribe(OfferDeadlineDue.class, due -> remind(due.applicationId(), "Offer from " + due.company()
                        + " expires", due.title() + ": answer by " + due.deadline() + ".", openApplication)),
                events.subscribe(SchedulePauseChanged.class, changed -> icon.setPaused(changed.allPaused())));
    }

    private void announce(HighMatchFound match, LongConsumer openPosting) {
        if (!announced.add(match.postingId())) {
            return;
        }
        lastAnnounced.set(() -> openPosting.accept(match.postingId()));
        icon.displayMessage("New match " + match.score() + "%",
                match.title() + (match.company() == null ? "" : " at " + match.company()) + "\nClick to open it.");
    }

    private void remind(long applicationId, String caption, String text, LongConsumer openApplication) {
        lastAnnounced.set(() -> openApplication.accept(applicationId));
        icon.displayMessage(caption, text + "\nClick to open the application.");
    }

    /** The icon or its notification was clicked: open what was last announced, once; else the window. */
    public void activated() {
        Runnable target = lastAnnounced.getAndSet(null);
        if (target != null) {
            target.run();
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
