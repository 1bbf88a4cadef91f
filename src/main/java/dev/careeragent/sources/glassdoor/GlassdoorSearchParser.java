package dev.careeragent.sources.glassdoor;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import dev.careeragent.sources.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Glassdoor search results in both layouts seen in the wild: the current one (data-test attributes, with
 * the first job opened in a detail pane whose description is attached to its card) and the 2020 one (li.jl).
 */
public final class GlassdoorSearchParser implements SearchResultsParser {

    public static final String SOURCE = GlassdoorDetail.SOURCE;

    private final PostingNormalizer normalizer;

    public GlassdoorSearchParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String html, String baseUrl) {
        Document doc = Html.parse(html, baseUrl, GlassdoorDetail.NAME);
        String origin = GlassdoorDetail.origin(baseUrl, Html.attr(doc, "link[rel=canonical]", "href"));
        Elements current = doc.select("li[data-test=jobListing]");
        Elements legacy = doc.select("li.jl[data-id]");
        if (current.isEmpty() && legacy.isEmpty() && doc.selectFirst("[data-test=jobs-list], #MainCol, ul[aria-label]") == null) {
            throw new JobPageParseException("This page is not a Glassdoor search result (no job cards found). "
                    + "Glassdoor may have asked to sign in; wait a while and try again.");
        }
        RawPosting opened = GlassdoorDetail.read(doc);
        List<JobPosting> postings = new ArrayList<>();
        for (Element card : current) {
            RawPosting raw = currentCard(card, origin);
            if (opened != null && raw.sourceIdEquals(opened)) {
                raw.fillGapsFrom(opened);
            }
            postings.add(normalizer.normalize(raw, origin));
        }
        for (Element card : legacy) {
            postings.add(normalizer.normalize(legacyCard(card, origin), origin));
        }
        return postings;
    }

    private static RawPosting currentCard(Element card, String origin) {
        String href = Html.attr(card, "a[data-test=job-title]", "href");
        String id = Texts.first(card.attr("data-jobid"), UrlCanonicalizer.queryParam(href, "jl").orElse(null));
        return new RawPosting(SOURCE)
                .sourceId(id)
                .url(GlassdoorDetail.jobUrl(origin, id, href))
                .title(Html.text(card, "[data-test=job-title]"))
                .company(Html.text(card, "[class*=EmployerProfile_compactEmployerName]", "[id^=job-employer] span"))
                .location(Html.text(card, "[data-test=emp-location]"))
                .salaryText(Html.text(card, "[data-test=detailSalary]"))
                .postedText(Html.text(card, "[data-test=job-age]"));
    }

    private static RawPosting legacyCard(Element card, String origin) {
        String id = card.attr("data-id");
        Element title = null;
        for (Element a : card.select("a.jobTitle")) {
            if (!a.ownText().isBlank()) {
                title = a;
            }
        }
        return new RawPosting(SOURCE)
                .sourceId(id)
                .url(GlassdoorDetail.jobUrl(origin, id, title == null ? null : title.absUrl("href")))
                .title(Texts.first(title == null ? null : title.text(), card.attr("data-normalize-job-title")))
                .company(Html.text(card, ".jobEmpolyerName", ".jobEmployerName", ".empName"))
                .location(Texts.first(Html.text(card, ".loc", ".location"), card.attr("data-job-loc")))
                .salaryText(Html.text(card, ".salaryText", ".salary-estimate", ".salaryEstimate"))
                .postedText(Html.text(card, ".jobLabel .minor", ".jobLabels .minor"))
                .descriptionText(Html.text(card, ".descSnippet"));
    }
}
