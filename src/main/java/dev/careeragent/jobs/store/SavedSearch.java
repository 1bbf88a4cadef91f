package dev.careeragent.jobs.store;

import dev.careeragent.store.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A search the user saved: what to look for, where, and on which sources. */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @Column(nullable = false) private String name;
    @Column(nullable = false) private String keywords;
    private String location;
    @Column(name = "radius_km", columnDefinition = "integer") private Integer radiusKm;
    @Column(name = "remote_modes") @Convert(converter = StringListConverter.class)
    private List<String> remoteModes = new ArrayList<>();
    @Column(name = "posted_within_days", columnDefinition = "integer") private Integer postedWithinDays;
    @Column(name = "employment_types") @Convert(converter = StringListConverter.class)
    private List<String> employmentTypes = new ArrayList<>();
    @Convert(converter = StringListConverter.class) private List<String> sources = new ArrayList<>();
    @Column(name = "result_limit", nullable = false, columnDefinition = "integer") private int resultLimit = 50;
    @Column(nullable = false, columnDefinition = "integer") private boolean enabled = true;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    /** How often the scheduler runs it; null is its default. Not edited in the app yet, so {@link #copyFrom} keeps it. */
    @Column(name = "run_every_minutes", columnDefinition = "integer") private Integer runEveryMinutes;

    protected SavedSearch() {
    }

    public SavedSearch(String name, String keywords, String location, List<String> sources, Instant createdAt) {
        this.name = name;
        this.keywords = keywords;
        this.location = location;
        this.sources = new ArrayList<>(sources);
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String value) { name = value; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String value) { keywords = value; }
    public String getLocation() { return location; }
    public void setLocation(String value) { location = value; }
    public Integer getRadiusKm() { return radiusKm; }
    public void setRadiusKm(Integer value) { radiusKm = value; }
    public List<String> getRemoteModes() { return remoteModes; }
    public void setRemoteModes(List<String> value) { remoteModes = new ArrayList<>(value); }
    public Integer getPostedWithinDays() { return postedWithinDays; }
    public void setPostedWithinDays(Integer value) { postedWithinDays = value; }
    public List<String> getEmploymentTypes() { return employmentTypes; }
    public void setEmploymentTypes(List<String> value) { employmentTypes = new ArrayList<>(value); }
    public List<String> getSources() { return sources; }
    public void setSources(List<String> value) { sources = new ArrayList<>(value); }
    public int getResultLimit() { return resultLimit; }
    public void setResultLimit(int value) { resultLimit = value; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean value) { enabled = value; }
    public Instant getCreatedAt() { return createdAt; }
    public Integer getRunEveryMinutes() { return runEveryMinutes; }

    /** Takes every user-editable field of {@code other} (not the id or creation time). */
    public void copyFrom(SavedSearch other) {
        name = other.name;
        keywords = other.keywords;
        location = other.location;
        radiusKm = other.radiusKm;
        remoteModes = new ArrayList<>(other.remoteModes);
        postedWithinDays = other.postedWithinDays;
        employmentTypes = new ArrayList<>(other.employmentTypes);
        sources = new ArrayList<>(other.sources);
        resultLimit = other.resultLimit;
        enabled = other.enabled;
    }
}
