package dev.careeragent.notify.model;

import java.time.Instant;

/** An outbox entry as the UI lists it (no bodies). */
public record OutboxMessage(long id, EmailKind kind, String messageId, String recipient, String subject,
        OutboxState state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
