package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a parser read from a page or API, as the site wrote it. {@link PostingNormalizer} turns it into a
 * {@link dev.careeragent.jobs.JobPosting}; structured values (salaryMin, postedDate, remote) win over text.
 */
public final class RawPosting {
    String source, sourceId, url, applyUrl, title, company, location, city, region, country;
    RemoteMode remote = RemoteMode.UNKNOWN;
    String salaryText, salaryCurrency, postedText, employmentType, seniority, jobFunction;
    BigDecimal salaryMin, salaryMax;
    SalaryPeriod salaryPeriod;
    LocalDate postedDate;
    List<String> industries = List.of();
    String descriptionHtml, descriptionText;

    public RawPosting(String source) {
        this.source = source;
    }

    public RawPosting sourceId(String v) { sourceId = v; return this; }
    public RawPosting url(String v) { url = v; return this; }
    public RawPosting applyUrl(String v) { applyUrl = v; return this; }
    public RawPosting title(String v) { title = v; return this; }
    public RawPosting company(String v) { company = v; return this; }
    public RawPosting location(String v) { location = v; return this; }
    public RawPosting city(String v) { city = v; return this; }
    public RawPosting region(String v) { region = v; return this; }
    public RawPosting country(String v) { country = v; return this; }
    public RawPosting remote(RemoteMode v) { remote = v == null ? RemoteMode.UNKNOWN : v; return this; }
    public RawPosting salaryText(String v) { salaryText = v; return this; }
    public RawPosting salary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
        salaryMin = min;
        salaryMax = max;
        salaryCurrency = currency;
        salaryPeriod = period;
        return this;
    }
    public RawPosting postedText(String v) { postedText = v; return this; }
    public RawPosting postedDate(LocalDate v) { postedDate = v; return this; }
    public RawPosting employmentType(String v) { employmentType = v; return this; }
    public RawPosting seniority(String v) { seniority = v; return this; }
    public RawPosting jobFunction(String v) { jobFunction = v; return this; }
    public RawPosting industries(List<String> v) { industries = v == null ? List.of() : v; return this; }
    public RawPosting descriptionHtml(String v) { descriptionHtml = v; return this; }
    public RawPosting descriptionText(String v) { descriptionText = v; return this; }

    /** Fills every field still blank here from {@code other} (e.g. page markup first, JSON-LD for the gaps). */
    public RawPosting fillGapsFrom(RawPosting other) {
        sourceId = first(sourceId, other.sourceId);
        url = first(url, other.url);
        applyUrl = first(applyUrl, other.applyUrl);
        title = first(title, other.title);
        company = first(company, other.company);
        location = first(location, other.location);
        city = first(city, other.city);
        region = first(region, other.region);
        country = first(country, other.country);
        remote = remote == RemoteMode.UNKNOWN ? other.remote : remote;
        salaryText = first(salaryText, other.salaryText);
        if (salaryMin == null && salaryMax == null) {
            salary(other.salaryMin, other.salaryMax, other.salaryCurrency, other.salaryPeriod);
        }
        postedText = first(postedText, other.postedText);
        postedDate = postedDate == null ? other.postedDate : postedDate;
        employmentType = first(employmentType, other.employmentType);
        seniority = first(seniority, other.seniority);
        jobFunction = first(jobFunction, other.jobFunction);
        industries = industries.isEmpty() ? other.industries : industries;
        if (isBlank(descriptionHtml) && isBlank(descriptionText)) {
            descriptionHtml = other.descriptionHtml;
            descriptionText = other.descriptionText;
        }
        return this;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    public String company() {
        return company;
    }

    public String sourceId() {
        return sourceId;
    }

    /** True when both carry the same non-null source id. */
    public boolean sourceIdEquals(RawPosting other) {
        return sourceId != null && sourceId.equals(other.sourceId);
    }

    public String location() {
        return location;
    }

    public String postedText() {
        return postedText;
    }

    private static String first(String a, String b) {
        return isBlank(a) ? b : a;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
