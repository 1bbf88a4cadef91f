package dev.careeragent.notify.store;

import dev.careeragent.notify.model.EmailKind;
import dev.careeragent.notify.model.OutboxMessage;
import dev.careeragent.notify.model.OutboxState;
import dev.careeragent.notify.model.OutgoingEmail;
import dev.careeragent.notify.model.RenderedEmail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One email in the outbox, with its fixed Message-ID and delivery state. */
@Entity
@Table(name = "email_outbox")
public class OutboxMessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private EmailKind kind;
    @Column(name = "dedupe_key") private String dedupeKey;
    @Column(name = "message_id", nullable = false) private String messageId;
    @Column(nullable = false) private String recipient;
    @Column(nullable = false) private String subject;
    @Column(nullable = false) private String html;
    @Column(nullable = false) private String text;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private OutboxState state;
    @Column(columnDefinition = "integer", nullable = false) private int attempts;
    @Column(name = "next_attempt_at", nullable = false) private Instant nextAttemptAt;
    @Column(name = "send_started_at") private Instant sendStartedAt;
    @Column(name = "last_error") private String lastError;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "sent_at") private Instant sentAt;

    protected OutboxMessageEntity() {
    }

    public OutboxMessageEntity(EmailKind kind, String dedupeKey, String messageId, String recipient, RenderedEmail email,
            Instant createdAt, Instant notBefore) {
        this.kind = kind;
        this.dedupeKey = dedupeKey;
        this.messageId = messageId;
        this.recipient = recipient;
        this.subject = email.subject();
        this.html = email.html();
        this.text = email.text();
        this.state = OutboxState.QUEUED;
        this.createdAt = createdAt;
        this.nextAttemptAt = notBefore;
    }

    public OutboxMessage toMessage() {
        return new OutboxMessage(id, kind, messageId, recipient, subject, state, attempts, nextAttemptAt, lastError,
                createdAt, sentAt);
    }

    public OutgoingEmail toOutgoing() {
        return new OutgoingEmail(messageId, recipient, new RenderedEmail(subject, html, text));
    }

    public Long getId() { return id; }
    public OutboxState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Instant getSendStartedAt() { return sendStartedAt; }

    public void claimForSending() {
        state = OutboxState.SENDING;
        attempts++;
        sendStartedAt = null;
    }

    public void sendStarted(Instant at) { sendStartedAt = at; }

    public void sent(Instant at) {
        state = OutboxState.SENT;
        sentAt = at;
        lastError = null;
    }

    public void retryAt(Instant at, String error) {
        state = OutboxState.QUEUED;
        nextAttemptAt = at;
        lastError = error;
    }

    public void failed(String error) {
        state = OutboxState.FAILED;
        lastError = error;
    }
}
