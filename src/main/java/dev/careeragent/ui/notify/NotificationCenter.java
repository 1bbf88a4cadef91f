package dev.careeragent.ui.notify;

import dev.careeragent.clip.JobClipped;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.InterviewReminder;
import dev.careeragent.notify.FollowUpDue;
import dev.careeragent.notify.HighMatchFound;
import dev.careeragent.schedule.RunFailed;
import dev.careeragent.sources.fetch.SourceBlocked;
import dev.careeragent.tracker.OfferDeadlineDue;
import dev.careeragent.ui.nav.Navigator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The in-window notification area's state: match alerts (when no tray shows them), jobs clipped from the browser,
 * failed runs, blocked sources, follow-up, interview and offer-deadline reminders, newest first, with an unread count for the badge. Events arrive on any
 * thread and are handed to {@code fxThread}.
 */
public final class NotificationCenter {

    static final int MAX_NOTICES = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final Set<Long> alertedPostings = ConcurrentHashMap.newKeySet();
    private final List<EventBus.Subscription> subscriptions = new ArrayList<>();
    private final Navigator navigator;
    private final Executor fxThread;

    /** @param showMatches false when the system tray shows match alerts instead */
    public NotificationCenter(EventBus events, boolean showMatches, Navigator navigator, Executor fxThread) {
        this.navigator = navigator;
        this.fxThread = fxThread;
        if (showMatches) {
            subscriptions.add(events.subscribe(HighMatchFound.class, this::onMatch));
        }
        subscriptions.add(events.subscribe(RunFailed.class, failed -> post(new Notice(Notice.Kind.PROBLEM,
                failed.jobName() + " failed", failed.error() + (failed.retryAt() == null ? ""
                        : " It will be retried automatically."), null))));
        subscriptions.add(events.subscribe(SourceBlocked.class, blocked -> post(new Notice(Notice.Kind.PROBLEM,
                blocked.sourceName() + " is paused", blocked.message(), null))));
        subscriptions.add(events.subscribe(FollowUpDue.class, due -> post(new Notice(Notice.Kind.FOLLOW_UP,
                "Follow up with " + due.company(), due.title() + ": no news for " + due.quietDays() + " days.", null,
                due.applicationId()))));
        subscriptions.add(events.subscribe(JobClipped.class, clipped -> post(new Notice(Notice.Kind.MATCH,
                (clipped.isNew() ? "Job clipped" : "Job clipped again") + (clipped.score() == null ? ""
                        : " \u00b7 " + Math.round(clipped.score()) + "%"),
                clipped.title() + (clipped.company() == null ? "" : " at " + clipped.company()), clipped.postingId()))));
        subscriptions.add(events.subscribe(InterviewReminder.class, soon -> post(new Notice(Notice.Kind.FOLLOW_UP,
                "Interview with " + soon.company(), soon.title() + ", " + WHEN.format(soon.at().atZone(ZoneId.systemDefault()))
                        + (soon.place() == null || soon.place().isBlank() ? "" : ", " + soon.place()) + ".", null,
                soon.applicationId()))));
        subscriptions.add(events.subscribe(OfferDeadlineDue.class, due -> post(new Notice(Notice.Kind.FOLLOW_UP,
                "Offer from " + due.company() + " expires", due.title() + ": answer by " + DAY.format(due.deadline()) + ".",
                null, due.applicationId()))));
    }

    private void onMatch(HighMatchFound match) {
        if (alertedPostings.add(match.postingId())) {
            post(new Notice(Notice.Kind.MATCH, "New match " + match.score() + "%",
                    match.title() + (match.company() == null ? "" : " at " + match.company()), match.postingId()));
        }
    }

    private void post(Notice notice) {
        fxThread.execute(() -> {
            notices.add(0, notice);
            if (notices.size() > MAX_NOTICES) {
                notices.remove(MAX_NOTICES, notices.size());
            }
            unread.set(unread.get() + 1);
        });
    }

    /** Opens what the notice is about (a posting on the Jobs page, an application on the Applications page) and removes it. */
    public void open(Notice notice) {
        dismiss(notice);
        if (notice.postingId() != null) {
            navigator.showPosting(notice.postingId());
        } else if (notice.applicationId() != null) {
            navigator.showApplication(notice.applicationId());
        }
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
        markAllRead();
    }

    public void dismissAll() {
        notices.clear();
        markAllRead();
    }

    public void markAllRead() {
        unread.set(0);
    }

    public void close() {
        subscriptions.forEach(EventBus.Subscription::cancel);
    }

    public ObservableList<Notice> notices() { return notices; }
    public IntegerProperty unreadProperty() { return unread; }
}
