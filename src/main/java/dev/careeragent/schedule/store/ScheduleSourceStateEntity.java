package dev.careeragent.schedule.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The failure streak of one source (a job board, an API), shared by every job that uses it. */
@Entity
@Table(name = "schedule_source_state")
public class ScheduleSourceStateEntity {

    @Id @Column(name = "source_key") private String sourceKey;
    @Column(name = "consecutive_failures", columnDefinition = "integer", nullable = false) private int consecutiveFailures;
    @Column(name = "backoff_until") private Instant backoffUntil;
    @Column(name = "last_error") private String lastError;

    protected ScheduleSourceStateEntity() {
    }

    public ScheduleSourceStateEntity(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    public int getConsecutiveFailures() { return consecutiveFailures; }
    public Instant getBackoffUntil() { return backoffUntil; }

    public void failed(int failures, Instant until, String error) {
        consecutiveFailures = failures;
        backoffUntil = until;
        lastError = error;
    }

    public void succeeded() {
        consecutiveFailures = 0;
        backoffUntil = null;
        lastError = null;
    }
}
