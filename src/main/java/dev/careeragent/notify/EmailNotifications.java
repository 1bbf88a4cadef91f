package dev.careeragent.notify;

import dev.careeragent.notify.model.EmailKind;
import dev.careeragent.notify.model.RenderedEmail;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.notify.settings.MessageRule;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.notify.store.OutboxMessageEntity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns events into queued emails according to each kind's rule (on/off, quiet hours) once email is set up.
 * Each message has a dedupe key, so queuing the same thing twice (a re-run after a crash) sends one email.
 */
public final class EmailNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(EmailNotifications.class);

    private final Supplier<NotificationSettings> settings;
    private final EmailMessages messages;
    private final EmailOutbox outbox;
    private final Clock clock;

    public EmailNotifications(Supplier<NotificationSettings> settings, EmailMessages messages, EmailOutbox outbox, Clock clock) {
        this.settings = settings;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The daily digest of {@code day}; empty when off, not set up, or already queued for that day. */
    public Optional<Long> queueDigest(LocalDate day, DigestContent content) {
        return queue(EmailKind.DIGEST, settings.get().digest(), "digest:" + day, () -> messages.digest(day, content));
    }

    /** Hook for the tracker: an application changed status. */
    public Optional<Long> queueStatusUpdate(StatusUpdate update) {
        return queue(EmailKind.STATUS_UPDATE, settings.get().statusUpdates(),
                "status:" + update.applicationId() + ":" + update.toStatus() + ":" + update.changedAt(),
                () -> messages.statusUpdate(update));
    }

    /** Hook for the tracker: remind of an interview. */
    public Optional<Long> queueInterviewReminder(InterviewReminder reminder) {
        return queue(EmailKind.INTERVIEW_REMINDER, settings.get().interviewReminders(),
                "interview:" + reminder.interviewId() + ":" + reminder.at(), () -> messages.interviewReminder(reminder));
    }

    /** Hook for the tracker: one reminder email listing applications that went quiet; each list is sent once. */
    public Optional<Long> queueFollowUps(List<DigestContent.FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return Optional.empty();
        }
        String ids = followUps.stream().map(f -> Long.toString(f.applicationId())).sorted().reduce((a, b) -> a + "," + b).orElseThrow();
        return queue(EmailKind.FOLLOW_UP, settings.get().followUps(), "followups:" + ids, () -> messages.followUps(followUps));
    }

    /** The high-match email rule, for {@link AlertService}. */
    MessageRule highMatchRule() {
        return settings.get().highMatchEmail();
    }

    boolean emailReady(MessageRule rule) {
        return rule.enabled() && settings.get().smtp().complete();
    }

    /** One batched high-match email for the postings of one search run, ready to store with their alert marks. */
    Optional<OutboxMessageEntity> highMatchDraft(String searchName, List<ScoredPosting> postings) {
        MessageRule rule = highMatchRule();
        if (!emailReady(rule) || postings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(outbox.draft(EmailKind.HIGH_MATCH, null, settings.get().smtp().to(),
                messages.highMatch(searchName, postings), QuietHours.sendableFrom(rule, clock.instant(), clock.getZone())));
    }

    private Optional<Long> queue(EmailKind kind, MessageRule rule, String dedupeKey, Supplier<RenderedEmail> render) {
        if (!emailReady(rule)) {
            LOG.debug("{} email not queued: turned off or email not set up", kind);
            return Optional.empty();
        }
        return outbox.enqueue(kind, dedupeKey, settings.get().smtp().to(), render.get(),
                QuietHours.sendableFrom(rule, clock.instant(), clock.getZone()));
    }
}
