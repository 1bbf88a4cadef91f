package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.EmailNotifications;
import dev.careeragent.notify.InterviewReminder;
import dev.careeragent.schedule.JobContext;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.tracker.store.InterviewStore;
import dev.careeragent.tracker.store.OfferStore;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Every 15 minutes: interviews starting within {@link #INTERVIEW_LEAD} and offers whose deadline is within
 * {@link #DEADLINE_LEAD_DAYS} days get one reminder each (event for the tray and window; email for interviews).
 * Each is marked when reminded, so a restart or a missed tick never reminds twice.
 */
public final class TrackerReminderJob implements ScheduledJob {

    public static final String KEY = "tracker-reminders";
    static final Duration INTERVIEW_LEAD = Duration.ofHours(24);
    static final int DEADLINE_LEAD_DAYS = 2;

    private final InterviewStore interviews;
    private final OfferStore offers;
    private final TrackerService tracker;
    private final EmailNotifications emails;
    private final EventBus events;

    public TrackerReminderJob(InterviewStore interviews, OfferStore offers, TrackerService tracker, EmailNotifications emails,
            EventBus events) {
        this.interviews = interviews;
        this.offers = offers;
        this.tracker = tracker;
        this.emails = emails;
        this.events = events;
    }

    @Override public String key() { return KEY; }

    @Override public String displayName() { return "Interview and offer reminders"; }

    @Override public Schedule schedule() { return Schedule.every(Duration.ofMinutes(15), Duration.ZERO); }

    @Override
    public JobResult run(JobContext context) {
        int reminded = 0;
        for (Interview i : interviews.unremindedBetween(context.now(), context.now().plus(INTERVIEW_LEAD))) {
            Application a = tracker.require(i.applicationId());
            InterviewReminder reminder = new InterviewReminder(i.id(), a.id(), a.company(), a.title(), i.start().toInstant(),
                    i.place(), i.prepNotes());
            events.publish(reminder);
            emails.queueInterviewReminder(reminder);
            interviews.markReminded(i.id(), context.now());
            reminded++;
        }
        LocalDate by = LocalDate.ofInstant(context.now(), context.zone()).plusDays(DEADLINE_LEAD_DAYS);
        for (Offer o : offers.deadlinesUnremindedBy(by)) {
            Application a = tracker.require(o.applicationId());
            events.publish(new OfferDeadlineDue(o.id(), a.id(), a.company(), a.title(), o.deadline()));
            offers.markReminded(o.id(), context.now());
            reminded++;
        }
        return reminded == 0 ? JobResult.skipped("Nothing to remind of")
                : JobResult.succeeded(new RunCounts(reminded, reminded, 0), reminded + " reminder(s) sent");
    }
}
