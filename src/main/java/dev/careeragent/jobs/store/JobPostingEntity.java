package dev.careeragent.jobs.store;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.store.StringListConverter;
import dev.careeragent.jobs.search.SearchPrefixes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The stored row of a {@link JobPosting}; converts both ways so the rest of the app uses the record. */
@Entity
@Table(name = "job_posting")
public class JobPostingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @Column(nullable = false) private String source;
    @Column(name = "source_id") private String sourceId;
    private String url;
    @Column(name = "apply_url") private String applyUrl;
    @Column(nullable = false) private String title;
    private String company;
    private String location;
    private String city;
    private String region;
    private String country;
    @Enumerated(EnumType.STRING) @Column(nullable = false) private JobPosting.RemoteMode remote;
    @Column(name = "salary_min", columnDefinition = "real") private Double salaryMin;
    @Column(name = "salary_max", columnDefinition = "real") private Double salaryMax;
    @Column(name = "salary_currency") private String salaryCurrency;
    @Enumerated(EnumType.STRING) @Column(name = "salary_period") private JobPosting.SalaryPeriod salaryPeriod;
    @Column(name = "salary_text") private String salaryText;
    @Column(name = "posted_date") private LocalDate postedDate;
    @Column(name = "employment_type") private String employmentType;
    private String seniority;
    @Column(name = "job_function") private String jobFunction;
    @Convert(converter = StringListConverter.class) private List<String> industries;
    @Column(name = "description_html", columnDefinition = "text") private String descriptionHtml;
    @Column(name = "description_text", columnDefinition = "text") private String descriptionText;
    @Column(name = "first_seen", nullable = false) private Instant firstSeen;
    @Column(name = "last_seen", nullable = false) private Instant lastSeen;
    @Column(nullable = false, columnDefinition = "integer") private boolean archived;
    @Column(name = "search_prefixes") private String searchPrefixes;

    protected JobPostingEntity() {
    }

    public static JobPostingEntity from(JobPosting p, Instant now) {
        JobPostingEntity e = new JobPostingEntity();
        e.id = p.id();
        e.source = p.source();
        e.sourceId = p.sourceId();
        e.url = p.url();
        e.applyUrl = p.applyUrl();
        e.title = p.title();
        e.company = p.company();
        e.location = p.location();
        e.city = p.city();
        e.region = p.region();
        e.country = p.country();
        e.remote = p.remote();
        e.salaryMin = p.salaryMin() == null ? null : p.salaryMin().doubleValue();
        e.salaryMax = p.salaryMax() == null ? null : p.salaryMax().doubleValue();
        e.salaryCurrency = p.salaryCurrency();
        e.salaryPeriod = p.salaryPeriod();
        e.salaryText = p.salaryText();
        e.postedDate = p.postedDate();
        e.employmentType = p.employmentType();
        e.seniority = p.seniority();
        e.jobFunction = p.jobFunction();
        e.industries = p.industries();
        e.descriptionHtml = p.descriptionHtml();
        e.descriptionText = p.descriptionText();
        e.firstSeen = p.firstSeen() != null ? p.firstSeen() : now;
        e.lastSeen = p.lastSeen() != null ? p.lastSeen() : now;
        e.archived = p.archived();
        e.searchPrefixes = SearchPrefixes.of(p.title(), p.company(), p.location());
        return e;
    }

    public JobPosting toPosting() {
        return JobPosting.builder().id(id).source(source).sourceId(sourceId).url(url).applyUrl(applyUrl)
                .title(title).company(company).location(location).city(city).region(region).country(country)
                .remote(remote).salaryMin(decimal(salaryMin)).salaryMax(decimal(salaryMax))
                .salaryCurrency(salaryCurrency).salaryPeriod(salaryPeriod).salaryText(salaryText)
                .postedDate(postedDate).employmentType(employmentType).seniority(seniority)
                .jobFunction(jobFunction).industries(industries).descriptionHtml(descriptionHtml)
                .descriptionText(descriptionText).firstSeen(firstSeen).lastSeen(lastSeen).archived(archived)
                .build();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    public Long getId() {
        return id;
    }
}
