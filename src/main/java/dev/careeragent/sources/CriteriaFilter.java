package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.EmploymentType;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Applies search criteria to postings locally, for APIs that return whole boards or feeds: every keyword in the
 * title, company or description; the location in the posting's place (remote jobs pass when remote work is
 * wanted); the remote mode; posted within N days; the employment type. Unknown values pass: a posting that
 * does not say its type is not dropped for it.
 */
public final class CriteriaFilter implements Predicate<JobPosting> {

    private final SearchCriteria criteria;
    private final List<String> keywords;
    private final String place;
    private final LocalDate postedSince;

    public CriteriaFilter(SearchCriteria criteria, Clock clock) {
        this.criteria = criteria;
        this.keywords = criteria.keywordWords().stream().map(CriteriaFilter::fold).toList();
        this.place = criteria.location() == null ? null : fold(criteria.location().split(",")[0]);
        this.postedSince = criteria.postedWithinDays() == null ? null
                : LocalDate.now(clock).minusDays(criteria.postedWithinDays());
    }

    @Override
    public boolean test(JobPosting p) {
        return keywordsMatch(p) && placeMatches(p) && remoteMatches(p) && recentEnough(p) && typeMatches(p);
    }

    private boolean keywordsMatch(JobPosting p) {
        if (keywords.isEmpty()) {
            return true;
        }
        String text = fold(String.join(" ", nz(p.title()), nz(p.company()), nz(p.jobFunction()),
                String.join(" ", p.industries()), nz(p.descriptionText())));
        return keywords.stream().allMatch(text::contains);
    }

    private boolean placeMatches(JobPosting p) {
        if (place == null) {
            return true;
        }
        if (p.remote() == RemoteMode.REMOTE && remoteWanted()) {
            return true;
        }
        return fold(String.join(" ", nz(p.location()), nz(p.city()), nz(p.region()), nz(p.country()))).contains(place);
    }

    private boolean remoteWanted() {
        return criteria.remoteModes().isEmpty() || criteria.remoteModes().contains(RemoteMode.REMOTE);
    }

    private boolean remoteMatches(JobPosting p) {
        if (criteria.remoteModes().isEmpty()) {
            return true;
        }
        RemoteMode mode = p.remote() == RemoteMode.UNKNOWN ? RemoteMode.ON_SITE : p.remote();
        return criteria.remoteModes().contains(mode);
    }

    private boolean recentEnough(JobPosting p) {
        return postedSince == null || p.postedDate() == null || !p.postedDate().isBefore(postedSince);
    }

    private boolean typeMatches(JobPosting p) {
        if (criteria.employmentTypes().isEmpty() || p.employmentType() == null) {
            return true;
        }
        List<EmploymentType> types = EmploymentType.parseAll(p.employmentType());
        return types.isEmpty() || types.stream().anyMatch(criteria.employmentTypes()::contains);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip();
    }
}
