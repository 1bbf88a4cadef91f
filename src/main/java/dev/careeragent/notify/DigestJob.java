package dev.careeragent.notify;

import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.schedule.JobContext;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.PlannedJob;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.model.RunCounts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Daily job: collects the digest and queues it. Re-register it when the digest time changes. */
public final class DigestJob implements ScheduledJob {

    public static final String KEY = "digest";
    static final int MAX_MATCHES = 10;

    private final DigestSource source;
    private final EmailNotifications emails;
    private final Supplier<NotificationSettings> settings;

    public DigestJob(DigestSource source, EmailNotifications emails, Supplier<NotificationSettings> settings) {
        this.source = source;
        this.emails = emails;
        this.settings = settings;
    }

    @Override public String key() { return KEY; }

    /** The digest as the status lists it, at the time the settings give. */
    public static PlannedJob plan(NotificationSettings settings) {
        String at = settings.digest().sendAt();
        return new PlannedJob(KEY, "Daily digest email",
                Schedule.dailyAt(QuietHours.time(at == null ? NotificationSettings.DEFAULT_DIGEST_TIME : at), Duration.ZERO));
    }

    @Override public String displayName() { return plan(settings.get()).name(); }

    @Override
    public Schedule schedule() {
        return plan(settings.get()).schedule();
    }

    @Override
    public JobResult run(JobContext context) {
        DigestContent content = source.collect(context.lastSuccess().orElse(context.now().minus(Duration.ofDays(1))), MAX_MATCHES);
        if (content.isEmpty()) {
            return JobResult.skipped("Nothing new for a digest");
        }
        LocalDate day = LocalDate.ofInstant(context.now(), context.zone());
        return emails.queueDigest(day, content)
                .map(id -> JobResult.succeeded(new RunCounts(content.matches().size(), content.matches().size(), 0),
                        "Digest queued with " + content.matches().size() + " matches"))
                .orElseGet(() -> JobResult.skipped("Digest emails are off, not set up, or already sent today"));
    }
}
