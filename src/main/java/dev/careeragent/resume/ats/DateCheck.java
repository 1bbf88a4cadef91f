package dev.careeragent.resume.ats;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Labels;
import dev.careeragent.resume.model.ResumeDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Job dates that look wrong to a reader or a parser: an end before the start, dates in the future, missing
 * dates, overlapping jobs and gaps over {@value #GAP_MONTHS} months. A year without a month counts as
 * January when it starts a job and December when it ends one, so "2019 - 2020" neither overlaps nor gaps.
 */
final class DateCheck {

    static final int GAP_MONTHS = 6;

    private record Span(ExperienceEntry job, int start, int end) {
    }

    CheckResult check(List<ExperienceEntry> jobs, YearMonth today) {
        CheckResult result = new CheckResult(AtsCategory.DATES, AtsCategory.DATES.maxPoints());
        int now = index(today.getYear(), today.getMonthValue());
        List<Span> spans = new ArrayList<>();
        for (ExperienceEntry job : jobs) {
            String name = Labels.job(job);
            if (job.start() == null) {
                result.add(-1);
                result.warning(name + " has no start date; ATS and recruiters expect a month and year.");
                continue;
            }
            int start = startIndex(job.start());
            int end = job.current() ? now : job.end() == null ? start : endIndex(job.end());
            if (start > now) {
                result.add(-3);
                result.problem(name + " starts in the future (" + job.start() + ").");
            }
            if (!job.current() && job.end() != null && endIndex(job.end()) > now
                    && !(job.end().month() == null && job.end().year() == today.getYear())) {
                result.add(-3);
                result.problem(name + " ends in the future (" + job.end() + "). If you still work there, write \u201cPresent\u201d.");
            }
            if (!job.current() && job.end() != null && job.end().compareTo(job.start()) < 0) {
                result.add(-4);
                result.problem(name + " ends (" + job.end() + ") before it starts (" + job.start() + ").");
                continue;
            }
            spans.add(new Span(job, start, Math.min(end, now)));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        Span latest = null;
        for (Span span : spans) {
            if (latest != null) {
                int overlap = latest.end() - span.start();
                if (overlap > 1) {
                    result.add(-1);
                    result.warning(Labels.job(span.job()) + " overlaps " + Labels.job(latest.job()) + " by " + overlap
                            + " months. Fine if you held both jobs; otherwise check the dates.");
                }
                int gap = span.start() - latest.end() - 1;
                if (gap > GAP_MONTHS) {
                    result.add(-1);
                    result.warning("A gap of " + gap + " months between " + Labels.job(latest.job()) + " and "
                            + Labels.job(span.job()) + ". Be ready to explain it, or add what you did then.");
                }
            }
            if (latest == null || span.end() > latest.end()) {
                latest = span;
            }
        }
        if (result.reasons().isEmpty()) {
            result.ok(jobs.isEmpty() ? "No jobs with dates to check." : "Job dates are consistent: no overlaps, gaps over "
                    + GAP_MONTHS + " months or future dates.");
        }
        return result;
    }

    private static int startIndex(ResumeDate date) {
        return index(date.year(), date.month() == null ? 1 : date.month());
    }

    private static int endIndex(ResumeDate date) {
        return index(date.year(), date.month() == null ? 12 : date.month());
    }

    private static int index(int year, int month) {
        return year * 12 + month - 1;
    }
}
