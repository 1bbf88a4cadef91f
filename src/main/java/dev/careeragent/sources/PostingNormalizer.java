package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.jobs.normalize.HtmlSanitizer;
import dev.careeragent.jobs.normalize.LocationParser;
import dev.careeragent.jobs.normalize.ParsedLocation;
import dev.careeragent.jobs.normalize.RelativeDateParser;
import dev.careeragent.jobs.normalize.Salary;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.core.guard.SafeText;
import org.jsoup.Jsoup;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every parser's last step: runs the normalisers over a {@link RawPosting} so all sources fill fields alike. */
public final class PostingNormalizer {

    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "\\s*[-–|]\\s*(jobs?|careers?|karriere|emplois?|stellenangebote)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final SalaryParser salaries = new SalaryParser();
    private final LocationParser locations = new LocationParser();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final RelativeDateParser dates;

    public PostingNormalizer(Clock clock) {
        this.dates = new RelativeDateParser(clock);
    }

    public RelativeDateParser dates() {
        return dates;
    }

    public HtmlSanitizer sanitizer() {
        return sanitizer;
    }

    /** Normalises a page's or an answer's postings on every core, in their order. */
    public List<JobPosting> normalizeAll(List<RawPosting> raws, String baseUrl) {
        return raws.parallelStream().map(raw -> normalize(raw, baseUrl)).toList();
    }

    public JobPosting normalize(RawPosting raw, String baseUrl) {
        JobPosting.Builder b = JobPosting.builder()
                .source(raw.source)
                .sourceId(clean(raw.sourceId))
                .url(UrlCanonicalizer.canonicalize(raw.url, baseUrl))
                .applyUrl(UrlCanonicalizer.canonicalize(raw.applyUrl, baseUrl))
                .title(field(raw.title))
                .company(company(raw.company))
                .location(field(raw.location))
                .employmentType(EmploymentType.normalize(clean(raw.employmentType)))
                .seniority(clean(raw.seniority))
                .jobFunction(clean(raw.jobFunction))
                .industries(raw.industries.stream().map(PostingNormalizer::clean).filter(s -> s != null).toList());
        location(raw, b);
        salary(raw, b);
        b.postedDate(raw.postedDate != null ? raw.postedDate : dates.parse(raw.postedText).orElse(null));
        String html = raw.descriptionHtml == null || raw.descriptionHtml.isBlank()
                ? null : sanitizer.sanitize(raw.descriptionHtml, baseUrl);
        String text = raw.descriptionText != null && !raw.descriptionText.isBlank()
                ? raw.descriptionText.strip() : html == null ? null : sanitizer.toPlainText(html);
        return b.descriptionHtml(html).descriptionText(text).build();
    }

    private void location(RawPosting raw, JobPosting.Builder b) {
        ParsedLocation parsed = locations.parse(raw.location);
        b.city(first(raw.city, parsed.city()))
                .region(first(raw.region, parsed.region()))
                .country(raw.country == null ? parsed.country() : locations.countryCode(raw.country).orElse(raw.country));
        RemoteMode remote = raw.remote;
        if (remote == RemoteMode.UNKNOWN) {
            remote = parsed.remote();
        }
        if (remote == RemoteMode.UNKNOWN) {
            remote = LocationParser.remoteMode(raw.title);
        }
        b.remote(remote);
    }

    private void salary(RawPosting raw, JobPosting.Builder b) {
        b.salaryText(clean(raw.salaryText));
        if (raw.salaryMin != null || raw.salaryMax != null) {
            b.salaryMin(raw.salaryMin).salaryMax(raw.salaryMax).salaryCurrency(raw.salaryCurrency)
                    .salaryPeriod(raw.salaryPeriod);
            return;
        }
        Optional<Salary> s = salaries.parse(raw.salaryText, raw.salaryCurrency);
        s.ifPresent(v -> b.salaryMin(v.min()).salaryMax(v.max()).salaryCurrency(v.currency())
                .salaryPeriod(raw.salaryPeriod != null ? raw.salaryPeriod : v.period()));
    }

    /** Company names without board suffixes such as "Canonical - Jobs". */
    static String company(String name) {
        String c = field(name);
        return c == null ? null : COMPANY_SUFFIX.matcher(c).replaceAll("").strip();
    }

    /**
     * A one-line field as plain text: markup (a JSON-LD title holding {@code <img onerror=...>}) is reduced to its
     * text, control and direction-override characters are neutralised; null when blank.
     */
    static String field(String s) {
        if (s == null) {
            return null;
        }
        String text = s.indexOf('<') >= 0 ? Jsoup.parse(s).text() : s;
        return clean(SafeText.line(SPACES.matcher(text).replaceAll(" ")));
    }

    /** Trimmed single-spaced text, or null when blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = SPACES.matcher(s).replaceAll(" ").strip();
        return c.isEmpty() ? null : c;
    }

    private static String first(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }
}
