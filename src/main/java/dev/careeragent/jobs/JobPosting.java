package dev.careeragent.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One job posting in the normalised shape every source produces (ARCHITECTURE.md, "Sources").
 * Parsers fill what the page gives and leave the rest null; {@link #builder()} keeps call sites readable.
 */
public record JobPosting(
        Long id,
        String source,
        String sourceId,
        String url,
        String applyUrl,
        String title,
        String company,
        String location,
        String city,
        String region,
        String country,
        RemoteMode remote,
        BigDecimal salaryMin,
        BigDecimal salaryMax,
        String salaryCurrency,
        SalaryPeriod salaryPeriod,
        String salaryText,
        LocalDate postedDate,
        String employmentType,
        String seniority,
        String jobFunction,
        List<String> industries,
        String descriptionHtml,
        String descriptionText,
        Instant firstSeen,
        Instant lastSeen,
        boolean archived) {

    public enum RemoteMode { ON_SITE, HYBRID, REMOTE, UNKNOWN }

    /** How often a salary is paid; {@link #perYear()} converts an amount to a year (2080 hours, 260 days). */
    public enum SalaryPeriod {
        HOUR(2080), DAY(260), WEEK(52), MONTH(12), YEAR(1);

        private final int perYear;

        SalaryPeriod(int perYear) {
            this.perYear = perYear;
        }

        /** How many of this period make a year, as the search and the match compare salaries. */
        public int perYear() {
            return perYear;
        }
    }

    public JobPosting {
        industries = industries == null ? List.of() : List.copyOf(industries);
        remote = remote == null ? RemoteMode.UNKNOWN : remote;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).source(source).sourceId(sourceId).url(url).applyUrl(applyUrl)
                .title(title).company(company).location(location).city(city).region(region).country(country)
                .remote(remote).salaryMin(salaryMin).salaryMax(salaryMax).salaryCurrency(salaryCurrency)
                .salaryPeriod(salaryPeriod).salaryText(salaryText).postedDate(postedDate)
                .employmentType(employmentType).seniority(seniority).jobFunction(jobFunction)
                .industries(industries).descriptionHtml(descriptionHtml).descriptionText(descriptionText)
                .firstSeen(firstSeen).lastSeen(lastSeen).archived(archived);
    }

    /** Fluent builder; every setter returns {@code this}. */
    public static final class Builder {
        private Long id;
        private String source, sourceId, url, applyUrl, title, company, location, city, region, country;
        private RemoteMode remote;
        private BigDecimal salaryMin, salaryMax;
        private String salaryCurrency;
        private SalaryPeriod salaryPeriod;
        private String salaryText;
        private LocalDate postedDate;
        private String employmentType, seniority, jobFunction;
        private List<String> industries;
        private String descriptionHtml, descriptionText;
        private Instant firstSeen, lastSeen;
        private boolean archived;

        public Builder id(Long v) { id = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder sourceId(String v) { sourceId = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder applyUrl(String v) { applyUrl = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder company(String v) { company = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder remote(RemoteMode v) { remote = v; return this; }
        public Builder salaryMin(BigDecimal v) { salaryMin = v; return this; }
        public Builder salaryMax(BigDecimal v) { salaryMax = v; return this; }
        public Builder salaryCurrency(String v) { salaryCurrency = v; return this; }
        public Builder salaryPeriod(SalaryPeriod v) { salaryPeriod = v; return this; }
        public Builder salaryText(String v) { salaryText = v; return this; }
        public Builder postedDate(LocalDate v) { postedDate = v; return this; }
        public Builder employmentType(String v) { employmentType = v; return this; }
        public Builder seniority(String v) { seniority = v; return this; }
        public Builder jobFunction(String v) { jobFunction = v; return this; }
        public Builder industries(List<String> v) { industries = v; return this; }
        public Builder descriptionHtml(String v) { descriptionHtml = v; return this; }
        public Builder descriptionText(String v) { descriptionText = v; return this; }
        public Builder firstSeen(Instant v) { firstSeen = v; return this; }
        public Builder lastSeen(Instant v) { lastSeen = v; return this; }
        public Builder archived(boolean v) { archived = v; return this; }

        public JobPosting build() {
            return new JobPosting(id, source, sourceId, url, applyUrl, title, company, location, city, region,
                    country, remote, salaryMin, salaryMax, salaryCurrency, salaryPeriod, salaryText, postedDate,
                    employmentType, seniority, jobFunction, industries, descriptionHtml, descriptionText,
                    firstSeen, lastSeen, archived);
        }
    }
}
