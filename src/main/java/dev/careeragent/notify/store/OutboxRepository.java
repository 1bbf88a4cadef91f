package dev.careeragent.notify.store;

import dev.careeragent.notify.model.OutboxMessage;
import dev.careeragent.notify.model.OutboxState;
import dev.careeragent.notify.model.OutgoingEmail;
import dev.careeragent.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stored outbox messages; each state change is its own committed transaction. */
public final class OutboxRepository {

    private final Database database;

    public OutboxRepository(Database database) {
        this.database = database;
    }

    /** Stores a new message unless one with the same dedupe key exists; returns its id when stored. */
    public Optional<Long> enqueue(OutboxMessageEntity message, String dedupeKey) {
        return database.fromTransaction(s -> {
            if (dedupeKey != null && !s.createSelectionQuery("select id from OutboxMessageEntity where dedupeKey = :key", Long.class)
                    .setParameter("key", dedupeKey).getResultList().isEmpty()) {
                return Optional.empty();
            }
            s.persist(message);
            return Optional.of(message.getId());
        });
    }

    public List<Long> dueIds(Instant now, int limit) {
        return database.fromTransaction(s -> s.createSelectionQuery(
                        "select id from OutboxMessageEntity where state = :queued and nextAttemptAt <= :now order by id", Long.class)
                .setParameter("queued", OutboxState.QUEUED).setParameter("now", now).setMaxResults(limit).getResultList());
    }

    /** QUEUED -> SENDING (one more attempt) if still queued; the email to send, or empty if someone else took it. */
    public Optional<OutgoingEmail> claim(long id) {
        return database.fromTransaction(s -> {
            OutboxMessageEntity message = s.find(OutboxMessageEntity.class, id);
            if (message == null || message.getState() != OutboxState.QUEUED) {
                return Optional.empty();
            }
            message.claimForSending();
            return Optional.of(message.toOutgoing());
        });
    }

    /** Applies a change to one message in its own transaction and returns the message after it. */
    public OutboxMessage update(long id, Consumer<OutboxMessageEntity> change) {
        return database.fromTransaction(s -> {
            OutboxMessageEntity message = s.find(OutboxMessageEntity.class, id);
            change.accept(message);
            return message.toMessage();
        });
    }

    /** Messages left in SENDING, i.e. the app stopped during their delivery. */
    public List<OutboxMessageEntity> stuckSending() {
        return database.fromTransaction(s -> s.createSelectionQuery("from OutboxMessageEntity where state = :sending",
                OutboxMessageEntity.class).setParameter("sending", OutboxState.SENDING).getResultList());
    }

    public List<OutboxMessage> recent(int limit) {
        return database.fromTransaction(s -> s.createSelectionQuery("from OutboxMessageEntity order by id desc",
                OutboxMessageEntity.class).setMaxResults(limit).getResultList().stream().map(OutboxMessageEntity::toMessage).toList());
    }
}
