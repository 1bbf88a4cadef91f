package dev.careeragent.resume.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of the user's resume: the original file and what we understood from it. Never edited in place. */
@Entity
@Table(name = "resume_version")
public class ResumeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @Column(nullable = false) private String label;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "source_file_name") private String sourceFileName;
    @Column(name = "source_format") private String sourceFormat;
    // Not @Lob: the SQLite driver has no getBlob; a plain byte[] column reads with getBytes.
    @Column(name = "original_bytes", columnDefinition = "blob")
    private byte[] originalBytes;
    @Column(name = "parsed_json", nullable = false, columnDefinition = "text") private String parsedJson;
    @Column(name = "is_primary", nullable = false, columnDefinition = "integer") private boolean primary;
    @Column(name = "parent_id", columnDefinition = "integer") private Long parentId;
    @Column(name = "deleted_at") private Instant deletedAt;
    @Column(name = "skills_json", nullable = false, columnDefinition = "text") private String skillsJson = "[]";
    @Column(name = "risks_json", nullable = false, columnDefinition = "text") private String risksJson = "[]";
    @Column(name = "page_count", nullable = false, columnDefinition = "integer") private int pageCount = 1;

    protected ResumeVersion() {
    }

    public ResumeVersion(String label, Instant createdAt, String sourceFileName, String sourceFormat,
                         byte[] originalBytes, String parsedJson, Long parentId) {
        this.label = label;
        this.createdAt = createdAt;
        this.sourceFileName = sourceFileName;
        this.sourceFormat = sourceFormat;
        this.originalBytes = originalBytes;
        this.parsedJson = parsedJson;
        this.parentId = parentId;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public void setLabel(String value) { label = value; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSourceFileName() { return sourceFileName; }
    public String getSourceFormat() { return sourceFormat; }
    public byte[] getOriginalBytes() { return originalBytes; }
    public String getParsedJson() { return parsedJson; }
    public boolean isPrimary() { return primary; }
    public void setPrimary(boolean value) { primary = value; }
    public Long getParentId() { return parentId; }
    public Instant getDeletedAt() { return deletedAt; }
    public void setDeletedAt(Instant value) { deletedAt = value; }
    public String getSkillsJson() { return skillsJson; }
    public String getRisksJson() { return risksJson; }
    public int getPageCount() { return pageCount; }

    /** Sets what was learned from the file besides the resume itself: skills with evidence, parse risks, pages. */
    public ResumeVersion withFileFacts(String skills, String risks, int pages) {
        this.skillsJson = skills;
        this.risksJson = risks;
        this.pageCount = pages;
        return this;
    }
}
