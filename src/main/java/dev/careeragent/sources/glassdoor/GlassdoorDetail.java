package dev.careeragent.sources.glassdoor;

import dev.careeragent.sources.Html;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.Texts;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The opened job of a Glassdoor page (the detail pane of a search page, or a job page), shared by both parsers. */
final class GlassdoorDetail {
    static final String SOURCE = "glassdoor";
    static final String NAME = "Glassdoor";
    private static final Pattern TITLE_ID = Pattern.compile("(\\d{6,})$");

    private GlassdoorDetail() {
    }

    /** The opened job, or null when the page shows none. */
    static RawPosting read(Element root) {
        Element header = root.selectFirst("[data-test=job-details-header], header[class*=JobDetails]");
        Element title = header == null ? root.selectFirst("h1[id^=jd-job-title]") : header.selectFirst("h1");
        if (title == null) {
            return null;
        }
        Element scope = header == null ? root : header;
        Matcher id = TITLE_ID.matcher(title.id());
        return new RawPosting(SOURCE)
                .sourceId(id.find() ? id.group(1) : null)
                .title(title.text())
                .company(Html.text(scope, "h4", "[class*=EmployerProfile_employerName]", "[data-test=employerName]"))
                .location(Html.text(scope, "[data-test=location]"))
                .salaryText(Html.text(scope, "[data-test=detailSalary]", "[class*=SalaryEstimate]"))
                .descriptionHtml(Html.html(root, "[class*=JobDetails_jobDescription]", ".jobDescriptionContent",
                        "#JobDescriptionContainer"));
    }

    /** "https://www.glassdoor.fr" from the page address; glassdoor.com when unknown. */
    static String origin(String... urls) {
        for (String url : urls) {
            try {
                URI uri = url == null ? null : URI.create(url.strip());
                if (uri != null && uri.getHost() != null) {
                    return "https://" + uri.getHost();
                }
            } catch (IllegalArgumentException e) {
                // not a URL: try the next one
            }
        }
        return "https://www.glassdoor.com";
    }

    static String jobUrl(String origin, String id, String fallback) {
        return id == null ? fallback : Texts.first(origin, "https://www.glassdoor.com") + "/job-listing/j?jl=" + id;
    }
}
