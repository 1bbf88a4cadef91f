package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.sources.catalog.SourceCatalog;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How job fields read in the table and the detail pane. */
final class JobFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private JobFormats() {
    }

    static String salary(Double min, Double max, String currency, JobPosting.SalaryPeriod period, String text) {
        if (min == null && max == null) {
            return text == null ? "" : text;
        }
        NumberFormat number = NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.SHORT);
        number.setMaximumFractionDigits(1);
        String range = min != null && max != null && !min.equals(max) ? number.format(min) + "\u2013" + number.format(max)
                : number.format(min != null ? min : max);
        String per = period == null ? "" : "/" + switch (period) {
            case HOUR -> "h";
            case DAY -> "day";
            case WEEK -> "wk";
            case MONTH -> "mo";
            case YEAR -> "yr";
        };
        String symbol = currency == null ? "" : switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "\u20ac";
            case "GBP" -> "\u00a3";
            default -> currency + " ";
        };
        return symbol + range + per;
    }

    static String salary(PostingRow row) {
        return salary(row.salaryMin(), row.salaryMax(), row.salaryCurrency(), row.salaryPeriod(), row.salaryText());
    }

    static String salary(JobPosting p) {
        return salary(p.salaryMin() == null ? null : p.salaryMin().doubleValue(),
                p.salaryMax() == null ? null : p.salaryMax().doubleValue(), p.salaryCurrency(), p.salaryPeriod(),
                p.salaryText());
    }

    static String posted(PostingRow row) {
        LocalDate date = row.postedDate() != null ? row.postedDate() : row.firstSeen().atZone(ZoneOffset.UTC).toLocalDate();
        return (date.getYear() == LocalDate.now().getYear() ? THIS_YEAR : OTHER_YEAR).format(date);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String remote(RemoteMode mode) {
        return switch (mode) {
            case REMOTE -> "Remote";
            case HYBRID -> "Hybrid";
            case ON_SITE -> "On-site";
            case UNKNOWN -> "";
        };
    }

    static String sources(List<String> ids) {
        return String.join(", ", ids.stream().map(JobFormats::sourceName).toList());
    }

    static String sourceName(String id) {
        return SourceCatalog.entry(id).map(SourceCatalog.Entry::displayName).orElse(id);
    }
}
