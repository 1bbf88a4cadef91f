package dev.careeragent.tracker;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A job the user applied to (or plans to), with every status change kept. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @Column(name = "job_posting_id", columnDefinition = "integer") private Long jobPostingId;
    @Column(name = "resume_version_id", columnDefinition = "integer") private Long resumeVersionId;
    @Column(nullable = false) private String company;
    @Column(nullable = false) private String title;
    @Column(nullable = false) private String status;
    @Column(columnDefinition = "text") private String notes;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    private List<ApplicationStatusChange> history = new ArrayList<>();

    protected Application() {
    }

    public Application(String company, String title, String status, Long jobPostingId, Instant now) {
        this.company = company;
        this.title = title;
        this.jobPostingId = jobPostingId;
        this.createdAt = now;
        this.status = null;
        changeStatus(status, null, now);
    }

    /** Moves to {@code newStatus} and records the change. */
    public void changeStatus(String newStatus, String note, Instant now) {
        history.add(new ApplicationStatusChange(this, status, newStatus, now, note));
        status = newStatus;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getJobPostingId() { return jobPostingId; }
    public Long getResumeVersionId() { return resumeVersionId; }
    public void setResumeVersionId(Long value) { resumeVersionId = value; }
    public String getCompany() { return company; }
    public String getTitle() { return title; }
    public String getStatus() { return status; }
    public String getNotes() { return notes; }
    public void setNotes(String value) { notes = value; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<ApplicationStatusChange> getHistory() { return List.copyOf(history); }
}
