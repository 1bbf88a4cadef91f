package dev.careeragent.notify.store;

import dev.careeragent.notify.model.AlertChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks that a posting was alerted on a channel; unique per (posting, channel). Written by {@link AlertRepository}. */
@Entity
@Table(name = "alerted_posting")
public class AlertedPostingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @Column(name = "job_posting_id", columnDefinition = "integer", nullable = false) private long postingId;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private AlertChannel channel;
    @Column(columnDefinition = "integer", nullable = false) private int score;
    @Column(name = "alerted_at", nullable = false) private Instant alertedAt;

    protected AlertedPostingEntity() {
    }

    public long getPostingId() { return postingId; }
    public AlertChannel getChannel() { return channel; }
}
