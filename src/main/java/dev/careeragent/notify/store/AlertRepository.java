package dev.careeragent.notify.store;

import dev.careeragent.notify.model.AlertChannel;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;

/** The "once per posting per channel" marks, claimed atomically with INSERT OR IGNORE on a unique key. */
public final class AlertRepository {

    private final Database database;

    public AlertRepository(Database database) {
        this.database = database;
    }

    /** True when this call marked the posting (so it alerts now); false when it was alerted before. */
    public boolean claim(ScoredPosting posting, AlertChannel channel, Instant now) {
        return database.fromTransaction(s -> insert(s, posting, channel, now));
    }

    /**
     * Claims the postings not yet alerted on {@code channel} and, in the same transaction, stores the message
     * {@code compose} makes for them: either both are committed or neither. Returns the claimed postings.
     */
    public List<ScoredPosting> claimAndQueue(List<ScoredPosting> postings, AlertChannel channel, Instant now,
            Function<List<ScoredPosting>, Optional<OutboxMessageEntity>> compose) {
        return database.fromTransaction(s -> {
            List<ScoredPosting> claimed = new ArrayList<>();
            for (ScoredPosting posting : postings) {
                if (insert(s, posting, channel, now)) {
                    claimed.add(posting);
                }
            }
            if (!claimed.isEmpty()) {
                compose.apply(claimed).ifPresent(s::persist);
            }
            return claimed;
        });
    }

    /** The postings alerted on any channel after {@code since}, best first, for the digest. */
    public List<ScoredPosting> alertedSince(Instant since, int limit) {
        return database.fromTransaction(s -> s.createNativeQuery("SELECT p.id, max(a.score), p.title, p.company, p.location,"
                                + " p.link FROM alerted_posting a JOIN jobs_posting_summary p ON p.id = a.job_posting_id"
                                + " WHERE a.alerted_at > :since GROUP BY p.id ORDER BY max(a.score) DESC, p.id LIMIT :limit", Object[].class)
                .setParameter("since", since.toString()).setParameter("limit", limit).getResultList().stream()
                .map(r -> new ScoredPosting(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5]))
                .toList());
    }

    public boolean wasAlerted(long postingId, AlertChannel channel) {
        return database.fromTransaction(s -> !s.createSelectionQuery(
                        "select id from AlertedPostingEntity where postingId = :id and channel = :channel", Long.class)
                .setParameter("id", postingId).setParameter("channel", channel).getResultList().isEmpty());
    }

    private static boolean insert(Session s, ScoredPosting posting, AlertChannel channel, Instant now) {
        return s.createNativeMutationQuery("INSERT OR IGNORE INTO alerted_posting (job_posting_id, channel, score, alerted_at) "
                        + "VALUES (:id, :channel, :score, :at)")
                .setParameter("id", posting.postingId()).setParameter("channel", channel.name())
                .setParameter("score", posting.score()).setParameter("at", now.toString())
                .executeUpdate() == 1;
    }
}
