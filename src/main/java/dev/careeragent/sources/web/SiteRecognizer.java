package dev.careeragent.sources.web;

import dev.careeragent.sources.Html;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Which site a page comes from: its address when known, else the canonical link, og:url and the site's own
 * markup, so a saved or trimmed page still reaches its site's parser.
 */
public final class SiteRecognizer {

    /** Sites with their own job-page parser. */
    public enum Site { LINKEDIN, INDEED, GLASSDOOR, GREENHOUSE, LEVER, ASHBY }

    private record Marker(Site site, String hostPart, String css) {
    }

    private static final Marker[] MARKERS = {
        new Marker(Site.LINKEDIN, "linkedin.com", ".top-card-layout__title, .topcard__title, .topcard__org-name-link, "
                + ".description__job-criteria-list, [data-tracking-control-name^=public_jobs]"),
        new Marker(Site.INDEED, "indeed.", "[data-testid=jobsearch-JobInfoHeader-title], .jobsearch-JobInfoHeader-title, "
                + "#jobDescriptionText, .jobsearch-JobComponent"),
        new Marker(Site.GLASSDOOR, "glassdoor.", "[data-test=job-details-header], [data-test=jobListing], "
                + "[class^=JobDetails_jobDetailsHeader]"),
        new Marker(Site.GREENHOUSE, "greenhouse.io", "#app_body .app-title, .job__header .job__title, #grnhse_app"),
        new Marker(Site.LEVER, "lever.co", ".posting-headline, [data-qa=posting-name]"),
        new Marker(Site.ASHBY, "ashbyhq.com", "[class*=_jobPostingHeader], [class*=ashby-job-posting]"),
    };

    private SiteRecognizer() {
    }

    public static Optional<Site> recognize(Document doc, String address) {
        String host = host(address);
        if (host == null) {
            host = host(Html.attr(doc, "link[rel=canonical]", "href"));
        }
        if (host == null) {
            host = host(Html.meta(doc, "og:url"));
        }
        for (Marker m : MARKERS) {
            if (host != null && host.contains(m.hostPart)) {
                return Optional.of(m.site);
            }
        }
        if (host != null && !host.isEmpty()) {
            return Optional.empty();
        }
        for (Marker m : MARKERS) {
            if (doc.selectFirst(m.css) != null) {
                return Optional.of(m.site);
            }
        }
        return doc.html().contains("window._initialData") && doc.html().contains("indeed") ? Optional.of(Site.INDEED)
                : Optional.empty();
    }

    /**
     * True when the page carries a known site's job-view markup (whatever its address). A marker found only on
     * repeated copies of one element (the same tag and class on every card of the site's own job board) marks a
     * list of postings, not the view of one.
     */
    public static boolean hasJobViewMarkup(Document doc) {
        for (Marker m : MARKERS) {
            if (hasOneOfAKind(doc.select(m.css))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOneOfAKind(Elements found) {
        Map<String, Integer> shapes = new HashMap<>();
        for (Element e : found) {
            shapes.merge(e.tagName() + "." + e.className() + "." + e.attr("data-qa"), 1, Integer::sum);
        }
        return shapes.containsValue(1);
    }

    static String host(String url) {
        try {
            String host = url == null ? null : URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
