package dev.careeragent.notify;

import dev.careeragent.schedule.JobContext;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.PlannedJob;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import java.time.Duration;

/** Every minute: sends the outbox messages that are due (new, retries, ends of quiet hours). */
public final class OutboxDeliveryJob implements ScheduledJob {

    public static final String KEY = "email-outbox";
    public static final PlannedJob PLAN = new PlannedJob(KEY, "Send queued emails", Schedule.every(Duration.ofMinutes(1), Duration.ZERO));
    private final EmailOutbox outbox;

    public OutboxDeliveryJob(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override public String key() { return KEY; }

    @Override public String displayName() { return PLAN.name(); }

    @Override public Schedule schedule() { return PLAN.schedule(); }

    @Override
    public JobResult run(JobContext context) {
        EmailOutbox.DeliveryReport report = outbox.deliverDue();
        if (report.idle()) {
            return JobResult.skipped("No email due");
        }
        String text = "Sent " + report.sent() + ", retrying " + report.willRetry() + ", failed " + report.failed();
        return report.sent() == 0 && report.failed() > 0 ? JobResult.failed(text)
                : JobResult.succeeded(new RunCounts(report.sent(), report.sent(), 0), text);
    }
}
