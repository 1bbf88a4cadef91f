package dev.careeragent.profile.store;

import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.ScoreWeights;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.store.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The user: contact details and what they are looking for. There is one row. */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    @Column(columnDefinition = "integer")
    private Long id = 1L;
    @Column(name = "full_name") private String fullName;
    private String email;
    private String phone;
    private String location;
    @Convert(converter = StringListConverter.class) private List<String> links = new ArrayList<>();
    @Column(name = "target_roles") @Convert(converter = StringListConverter.class)
    private List<String> targetRoles = new ArrayList<>();
    @Column(name = "target_locations") @Convert(converter = StringListConverter.class)
    private List<String> targetLocations = new ArrayList<>();
    @Column(name = "remote_preference") @Enumerated(EnumType.STRING)
    private RemotePreference remotePreference = RemotePreference.ANY;
    @Column(name = "salary_floor", columnDefinition = "integer") private Long salaryFloor;
    @Column(name = "salary_currency") private String salaryCurrency;
    @Column(name = "employment_types") @Convert(converter = StringListConverter.class)
    private List<String> employmentTypes = new ArrayList<>();
    @Column(name = "target_level") @Enumerated(EnumType.STRING)
    private TargetLevel targetLevel = TargetLevel.ANY;
    @Column(name = "avoid_companies") @Convert(converter = StringListConverter.class)
    private List<String> avoidCompanies = new ArrayList<>();
    @Column(name = "avoid_words") @Convert(converter = StringListConverter.class)
    private List<String> avoidWords = new ArrayList<>();
    @Column(name = "weight_skills", columnDefinition = "integer") private Integer weightSkills;
    @Column(name = "weight_meaning", columnDefinition = "integer") private Integer weightMeaning;
    @Column(name = "weight_fit", columnDefinition = "integer") private Integer weightFit;
    @Column(name = "weight_preferences", columnDefinition = "integer") private Integer weightPreferences;
    @Column(name = "guide_closed_at") private Instant guideClosedAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt = Instant.now();

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public void setFullName(String value) { fullName = value; }
    public String getEmail() { return email; }
    public void setEmail(String value) { email = value; }
    public String getPhone() { return phone; }
    public void setPhone(String value) { phone = value; }
    public String getLocation() { return location; }
    public void setLocation(String value) { location = value; }
    public List<String> getLinks() { return links; }
    public void setLinks(List<String> value) { links = new ArrayList<>(value); }
    public List<String> getTargetRoles() { return targetRoles; }
    public void setTargetRoles(List<String> value) { targetRoles = new ArrayList<>(value); }
    public List<String> getTargetLocations() { return targetLocations; }
    public void setTargetLocations(List<String> value) { targetLocations = new ArrayList<>(value); }
    public RemotePreference getRemotePreference() { return remotePreference; }
    public void setRemotePreference(RemotePreference value) { remotePreference = value; }
    public Long getSalaryFloor() { return salaryFloor; }
    public void setSalaryFloor(Long value) { salaryFloor = value; }
    public String getSalaryCurrency() { return salaryCurrency; }
    public void setSalaryCurrency(String value) { salaryCurrency = value; }
    public List<String> getEmploymentTypes() { return employmentTypes; }
    public void setEmploymentTypes(List<String> value) { employmentTypes = new ArrayList<>(value); }
    public TargetLevel getTargetLevel() { return targetLevel; }
    public void setTargetLevel(TargetLevel value) { targetLevel = value; }
    public List<String> getAvoidCompanies() { return avoidCompanies; }
    public void setAvoidCompanies(List<String> value) { avoidCompanies = new ArrayList<>(value); }
    public List<String> getAvoidWords() { return avoidWords; }
    public void setAvoidWords(List<String> value) { avoidWords = new ArrayList<>(value); }

    /** The user's weights, or null when they never changed the defaults. */
    public ScoreWeights getWeights() {
        return weightSkills == null ? null : new ScoreWeights(weightSkills, weightMeaning, weightFit, weightPreferences);
    }

    public void setWeights(ScoreWeights w) {
        boolean defaults = w == null || w.equals(ScoreWeights.defaults());
        weightSkills = defaults ? null : w.skills();
        weightMeaning = defaults ? null : w.meaning();
        weightFit = defaults ? null : w.fit();
        weightPreferences = defaults ? null : w.preferences();
    }

    public Instant getGuideClosedAt() { return guideClosedAt; }
    public void setGuideClosedAt(Instant value) { guideClosedAt = value; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void touch(Instant now) { updatedAt = now; }
}
