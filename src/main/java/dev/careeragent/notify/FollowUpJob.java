package dev.careeragent.notify;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.schedule.JobContext;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.PlannedJob;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.model.RunCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * Daily: finds open applications that went quiet (no status change for N days, a setting) since the last run,
 * queues one reminder email for them and publishes a {@link FollowUpDue} per application. Looking only at
 * applications that crossed the N-day line since the last successful run reminds of each one once.
 */
public final class FollowUpJob implements ScheduledJob {

    public static final String KEY = "follow-ups";
    public static final PlannedJob PLAN = new PlannedJob(KEY, "Application follow-up reminders",
            Schedule.dailyAt(LocalTime.of(9, 0), Duration.ofMinutes(15)));

    private final FollowUpSource source;
    private final EmailNotifications emails;
    private final EventBus events;
    private final Supplier<NotificationSettings> settings;

    public FollowUpJob(FollowUpSource source, EmailNotifications emails, EventBus events, Supplier<NotificationSettings> settings) {
        this.source = source;
        this.emails = emails;
        this.events = events;
        this.settings = settings;
    }

    @Override public String key() { return KEY; }

    @Override public String displayName() { return PLAN.name(); }

    @Override public Schedule schedule() { return PLAN.schedule(); }

    @Override
    public JobResult run(JobContext context) {
        Duration quiet = Duration.ofDays(settings.get().followUpAfterDays());
        Instant until = context.now().minus(quiet);
        Instant after = context.lastSuccess().map(last -> last.minus(quiet)).orElse(null);
        List<DigestContent.FollowUp> due = source.quietBetween(after, until);
        if (due.isEmpty()) {
            return JobResult.skipped("No application needs a follow-up");
        }
        due.forEach(f -> events.publish(new FollowUpDue(f.applicationId(), f.company(), f.title(), f.status(), quiet.toDays())));
        boolean emailed = emails.queueFollowUps(due).isPresent();
        return JobResult.succeeded(new RunCounts(due.size(), due.size(), 0),
                due.size() + " application(s) to follow up" + (emailed ? "; reminder email queued" : ""));
    }
}
