package dev.careeragent.sources.catalog;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchResultsParser;
import dev.careeragent.sources.glassdoor.GlassdoorSearchParser;
import dev.careeragent.sources.greenhouse.GreenhouseBoardParser;
import dev.careeragent.sources.indeed.IndeedSearchParser;
import dev.careeragent.sources.linkedin.LinkedInSearchParser;
import dev.careeragent.sources.web.JobCards;
import dev.careeragent.sources.web.JsonLdJobPostingReader;
import dev.careeragent.sources.web.OtherJobsHeading;
import dev.careeragent.sources.web.SiteRecognizer;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Search-results and board pages: the known sites' card layouts by their markup, else repeated job cards found
 * by structure ({@link JobCards}). Empty when the page lists fewer than two jobs (it is then a job page).
 */
public final class ListingPages {

    /** A site's card layout; {@code detail} marks its own job view, which may show a few "similar jobs" cards. */
    private record Layout(String css, String detail, SearchResultsParser parser) {
    }

    /** More cards than this is a results page even when a job is open beside them (Glassdoor, Indeed). */
    private static final int MANY_CARDS = 10;
    private static final Pattern LISTING_HEADING = Pattern.compile("(?i).*\\b(?:jobs|results|vacancies|openings|listings|careers)$");

    private final List<Layout> layouts;
    private final JobCards cards;
    private final JsonLdJobPostingReader jsonLd = new JsonLdJobPostingReader();

    public ListingPages(PostingNormalizer normalizer) {
        layouts = List.of(
                new Layout(".base-search-card, .job-search-card", ".top-card-layout__title, .topcard__title",
                        new LinkedInSearchParser(normalizer)),
                new Layout("[data-test=jobListing], li.react-job-listing, li.jl", "[data-test=job-details-header]",
                        new GlassdoorSearchParser(normalizer)),
                new Layout(".job_seen_beacon, a.tapItem", ".jobsearch-JobInfoHeader-title", new IndeedSearchParser(normalizer)),
                new Layout("tr.job-post, div.opening", "#app_body .app-title, .job__title", new GreenhouseBoardParser(normalizer)));
        cards = new JobCards(normalizer);
    }

    /** A page holding one posting's markup; several postings marked up (one per card) make a list. */
    private boolean isJobPage(Document doc) {
        return jsonLd.read(doc, "web").isPresent() || doc.select("[itemtype*=JobPosting]").size() == 1
                || SiteRecognizer.hasJobViewMarkup(doc) || postingBeforeOtherJobs(doc);
    }

    /** A posting's heading, then a section headed "Similar jobs" / "Related vacancies": the cards are the aside. */
    private static boolean postingBeforeOtherJobs(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || LISTING_HEADING.matcher(h1.text().strip()).matches()) {
            return false;
        }
        for (Element heading : doc.select("h2, h3, h4")) {
            if (OtherJobsHeading.is(heading)) {
                return precedes(h1, heading);
            }
        }
        return false;
    }

    private static boolean precedes(Element first, Element second) {
        for (Element e : first.ownerDocument().getAllElements()) {
            if (e == first) {
                return true;
            }
            if (e == second) {
                return false;
            }
        }
        return false;
    }

    public List<JobPosting> read(Document doc, String html, String baseUrl) {
        for (Layout layout : layouts) {
            int count = doc.select(layout.css).size();
            if (count >= 2 && (count > MANY_CARDS || doc.selectFirst(layout.detail) == null)) {
                try {
                    List<JobPosting> found = layout.parser.parse(html, baseUrl);
                    if (found.size() >= 2) {
                        return found;
                    }
                } catch (JobPageParseException e) {
                    // not this layout after all: try the others
                }
            }
        }
        if (isJobPage(doc)) {
            return List.of(); // a job page's "similar jobs" are not what the user saved
        }
        List<JobPosting> found = cards.read(doc, baseUrl);
        return found.size() >= 2 ? found : List.of();
    }
}
