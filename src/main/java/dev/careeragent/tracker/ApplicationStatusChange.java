package dev.careeragent.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an application's history. */
@Entity
@Table(name = "application_status_change")
public class ApplicationStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", columnDefinition = "integer")
    private Application application;
    @Column(name = "from_status") private String fromStatus;
    @Column(name = "to_status", nullable = false) private String toStatus;
    @Column(name = "changed_at", nullable = false) private Instant changedAt;
    private String note;

    protected ApplicationStatusChange() {
    }

    ApplicationStatusChange(Application application, String fromStatus, String toStatus, Instant changedAt, String note) {
        this.application = application;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.note = note;
    }

    public String getFromStatus() { return fromStatus; }
    public String getToStatus() { return toStatus; }
    public Instant getChangedAt() { return changedAt; }
    public String getNote() { return note; }
}
