package dev.careeragent.jobs.search;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One line of the Jobs table: the listing fields without the description (that loads on selection). */
public record PostingRow(long id, String title, String company, String location, List<String> sources,
        LocalDate postedDate, Instant firstSeen, Double salaryMin, Double salaryMax, String salaryCurrency,
        SalaryPeriod salaryPeriod, String salaryText, RemoteMode remote, boolean saved, boolean hidden,
        boolean archived) {

    public PostingRow {
        sources = List.copyOf(sources);
    }

    public PostingRow withSaved(boolean value) {
        return new PostingRow(id, title, company, location, sources, postedDate, firstSeen, salaryMin, salaryMax,
                salaryCurrency, salaryPeriod, salaryText, remote, value, hidden, archived);
    }

    public PostingRow withHidden(boolean value) {
        return new PostingRow(id, title, company, location, sources, postedDate, firstSeen, salaryMin, salaryMax,
                salaryCurrency, salaryPeriod, salaryText, remote, saved, value, archived);
    }
}
