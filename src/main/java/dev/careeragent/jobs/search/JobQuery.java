package dev.careeragent.jobs.search;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the Jobs table shows: free text (search-as-you-type over the full-text index), filters and sort.
 * Hidden and archived postings are left out unless asked for; {@code savedOnly} shows saved ones, archived or not.
 *
 * @param minYearlySalary salaries are compared per year (hourly x 2080, daily x 260, weekly x 52, monthly x 12)
 */
public record JobQuery(String text, Set<String> sources, LocalDate postedSince, Set<RemoteMode> remote,
        Double minYearlySalary, boolean savedOnly, boolean hiddenOnly, boolean includeArchived, Sort sort,
        boolean ascending) {

    /** Orders the table can sort by; RELEVANCE falls back to NEWEST without text. */
    public enum Sort { RELEVANCE, NEWEST, TITLE, COMPANY, LOCATION, SOURCE, SALARY, REMOTE }

    public JobQuery {
        text = text == null ? "" : text;
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        remote = remote == null ? Set.of() : Set.copyOf(remote);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static JobQuery all() {
        return new JobQuery("", Set.of(), null, Set.of(), null, false, false, false, Sort.RELEVANCE, false);
    }

    public JobQuery withText(String value) {
        return new JobQuery(value, sources, postedSince, remote, minYearlySalary, savedOnly, hiddenOnly, includeArchived,
                sort, ascending);
    }

    public JobQuery withSources(Set<String> value) {
        return new JobQuery(text, value, postedSince, remote, minYearlySalary, savedOnly, hiddenOnly, includeArchived,
                sort, ascending);
    }

    public JobQuery withPostedSince(LocalDate value) {
        return new JobQuery(text, sources, value, remote, minYearlySalary, savedOnly, hiddenOnly, includeArchived,
                sort, ascending);
    }

    public JobQuery withRemote(Set<RemoteMode> value) {
        return new JobQuery(text, sources, postedSince, value, minYearlySalary, savedOnly, hiddenOnly, includeArchived,
                sort, ascending);
    }

    public JobQuery withMinYearlySalary(Double value) {
        return new JobQuery(text, sources, postedSince, remote, value, savedOnly, hiddenOnly, includeArchived, sort,
                ascending);
    }

    public JobQuery withSavedOnly(boolean value) {
        return new JobQuery(text, sources, postedSince, remote, minYearlySalary, value, hiddenOnly, includeArchived,
                sort, ascending);
    }

    public JobQuery withHiddenOnly(boolean value) {
        return new JobQuery(text, sources, postedSince, remote, minYearlySalary, savedOnly, value, includeArchived,
                sort, ascending);
    }

    public JobQuery withIncludeArchived(boolean value) {
        return new JobQuery(text, sources, postedSince, remote, minYearlySalary, savedOnly, hiddenOnly, value, sort,
                ascending);
    }

    public JobQuery sortedBy(Sort value, boolean ascendingOrder) {
        return new JobQuery(text, sources, postedSince, remote, minYearlySalary, savedOnly, hiddenOnly, includeArchived,
                value, ascendingOrder);
    }
}
