package dev.careeragent.notify;

import dev.careeragent.notify.model.EmailKind;
import dev.careeragent.notify.model.OutboxMessage;
import dev.careeragent.notify.model.OutboxState;
import dev.careeragent.notify.model.OutgoingEmail;
import dev.careeragent.notify.model.RenderedEmail;
import dev.careeragent.notify.store.OutboxMessageEntity;
import dev.careeragent.notify.store.OutboxRepository;
import dev.careeragent.schedule.model.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email outbox in SQLite: queued -> sending -> sent, or back to queued with exponential backoff after a
 * failure, and failed after {@link #MAX_ATTEMPTS}. It survives restarts and never sends a message twice.
 *
 * <p>Idempotency. The intent is recorded before any send: a message is stored QUEUED with a Message-ID
 * fixed at that moment. Delivery is three commits: (1) QUEUED -> SENDING, (2) {@code send_started_at}
 * just before the SMTP conversation, (3) SENT after the server accepted it. A crash leaves SENDING rows,
 * which {@link #reconcile()} (call once at start) settles without resending blindly:
 * <ul>
 * <li>no {@code send_started_at}: the server was never contacted, so one careful retry is safe: back to QUEUED;</li>
 * <li>{@code send_started_at} set: the server may have the message. If the {@link DeliveryCheck} finds its
 *     Message-ID it is marked SENT; otherwise FAILED with "may have arrived, not resent to avoid a duplicate".
 *     Missing one email is preferred to sending it twice; the user can still {@link #retry} it.</li>
 * </ul>
 */
public final class EmailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(EmailOutbox.class);
    public static final int MAX_ATTEMPTS = 6;
    static final Backoff RETRY = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
    private static final int BATCH = 50;
    static final String UNCERTAIN = "The app stopped while this email was being sent; it may have arrived, so it was "
            + "not sent again to avoid a duplicate. Use Retry to send it anyway.";

    private final OutboxRepository repository;
    private final MailTransport transport;
    private final DeliveryCheck deliveryCheck;
    private final Clock clock;

    public EmailOutbox(OutboxRepository repository, MailTransport transport, DeliveryCheck deliveryCheck, Clock clock) {
        this.repository = repository;
        this.transport = transport;
        this.deliveryCheck = deliveryCheck;
        this.clock = clock;
    }

    /** What one delivery pass did. */
    public record DeliveryReport(int sent, int willRetry, int failed) {
        public boolean idle() {
            return sent + willRetry + failed == 0;
        }
    }

    /** What {@link #reconcile()} did with messages a crash left in SENDING. */
    public record ReconcileReport(int requeued, int confirmedSent, int markedUncertain) {
    }

    /** A new message, not yet stored; {@code notBefore} delays it (quiet hours). */
    OutboxMessageEntity draft(EmailKind kind, String dedupeKey, String to, RenderedEmail email, Instant notBefore) {
        Instant now = clock.instant();
        return new OutboxMessageEntity(kind, dedupeKey, MessageIds.newId(), to, email, now,
                notBefore == null || notBefore.isBefore(now) ? now : notBefore);
    }

    /** Queues a message; empty when one with the same {@code dedupeKey} was queued before. */
    public Optional<Long> enqueue(EmailKind kind, String dedupeKey, String to, RenderedEmail email, Instant notBefore) {
        Optional<Long> id = repository.enqueue(draft(kind, dedupeKey, to, email, notBefore), dedupeKey);
        id.ifPresentOrElse(i -> LOG.info("Queued {} email {}", kind, i), () -> LOG.info("{} email '{}' was queued before", kind, dedupeKey));
        return id;
    }

    /** Sends every message that is due. */
    public synchronized DeliveryReport deliverDue() {
        int sent = 0;
        int retry = 0;
        int failed = 0;
        for (long id : repository.dueIds(clock.instant(), BATCH)) {
            Optional<OutgoingEmail> claimed = repository.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            repository.update(id, m -> m.sendStarted(clock.instant()));
            try {
                transport.send(claimed.get());
                repository.update(id, m -> m.sent(clock.instant()));
                sent++;
            } catch (MailDeliveryException | RuntimeException e) {
                OutboxMessage after = repository.update(id, m -> failedAttempt(m, e.getMessage()));
                LOG.warn("Email {} attempt {} failed: {}", id, after.attempts(), e.getMessage());
                if (after.state() == OutboxState.FAILED) {
                    failed++;
                } else {
                    retry++;
                }
            }
        }
        return new DeliveryReport(sent, retry, failed);
    }

    private void failedAttempt(OutboxMessageEntity message, String error) {
        if (message.getAttempts() >= MAX_ATTEMPTS) {
            message.failed(error);
        } else {
            message.retryAt(clock.instant().plus(RETRY.delayAfter(message.getAttempts())), error);
        }
    }

    /** Settles messages a crash left in SENDING (see the class comment). Call once at start, before delivering. */
    public synchronized ReconcileReport reconcile() {
        int requeued = 0;
        int confirmed = 0;
        int uncertain = 0;
        for (OutboxMessageEntity stuck : repository.stuckSending()) {
            long id = stuck.getId();
            if (stuck.getSendStartedAt() == null) {
                repository.update(id, m -> m.retryAt(clock.instant(), "Retried after the app stopped before sending"));
                requeued++;
            } else if (deliveryCheck.arrived(stuck.toOutgoing().messageId())) {
                repository.update(id, m -> m.sent(m.getSendStartedAt()));
                confirmed++;
            } else {
                repository.update(id, m -> m.failed(UNCERTAIN));
                uncertain++;
            }
        }
        if (requeued + confirmed + uncertain > 0) {
            LOG.warn("Outbox after an unclean stop: {} requeued, {} confirmed sent, {} not resent (may have arrived)",
                    requeued, confirmed, uncertain);
        }
        return new ReconcileReport(requeued, confirmed, uncertain);
    }

    /** The user asked to send a failed message again. */
    public void retry(long id) {
        repository.update(id, m -> {
            if (m.getState() == OutboxState.FAILED) {
                m.retryAt(clock.instant(), null);
            }
        });
    }

    public List<OutboxMessage> recent(int limit) {
        return repository.recent(limit);
    }
}
