package dev.careeragent.sources.indeed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import dev.careeragent.sources.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Indeed search results: the mosaic job-cards JSON the page embeds when present (it has salary, dates and
 * remote flags), else the cards in the HTML.
 */
public final class IndeedSearchParser implements SearchResultsParser {

    public static final String SOURCE = Indeed.SOURCE;
    private static final String MOSAIC = "window.mosaic.providerData[\"mosaic-provider-jobcards\"]";

    private final PostingNormalizer normalizer;

    public IndeedSearchParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String html, String baseUrl) {
        Document doc = Html.parse(html, baseUrl, Indeed.NAME);
        String origin = Indeed.origin(baseUrl, Html.attr(doc, "link[rel=canonical]", "href"));
        Optional<JsonNode> results = Json.assignedIn(html, MOSAIC)
                .map(m -> Json.at(m, "metaData", "mosaicProviderJobCardsModel", "results"))
                .filter(JsonNode::isArray);
        List<JobPosting> postings = new ArrayList<>();
        if (results.isPresent()) {
            for (JsonNode card : results.get()) {
                postings.add(normalizer.normalize(fromJson(card, origin), origin));
            }
            return postings;
        }
        Elements cards = doc.select("[data-jk], a.jcs-JobTitle[href*=jk=]");
        if (cards.isEmpty() && doc.selectFirst("#mosaic-provider-jobcards, .jobsearch-NoResult, .jobsearch-ResultsList") == null) {
            throw new JobPageParseException("This page is not an Indeed search result (no job cards found). "
                    + "Indeed may have shown a check page; wait a while and try again.");
        }
        List<String> seen = new ArrayList<>();
        for (Element anchor : cards) {
            String jk = Texts.first(anchor.attr("data-jk"), UrlCanonicalizer.indeedJobKey(anchor.attr("href")).orElse(null));
            if (jk == null || seen.contains(jk)) {
                continue;
            }
            seen.add(jk);
            Element card = cardOf(anchor);
            postings.add(normalizer.normalize(fromHtml(card, anchor, jk, origin), origin));
        }
        return postings;
    }

    private static RawPosting fromJson(JsonNode card, String origin) {
        String jk = Json.text(card, "jobkey");
        JsonNode extracted = Json.at(card, "extractedSalary");
        RawPosting raw = new RawPosting(SOURCE)
                .sourceId(jk)
                .url(Indeed.viewUrl(origin, jk))
                .title(Texts.first(Json.text(card, "displayTitle"), Json.text(card, "title")))
                .company(Json.text(card, "company"))
                .location(Json.text(card, "formattedLocation"))
                .remote(Indeed.remoteMode(Json.text(card, "remoteWorkModel", "type"),
                        Json.at(card, "remoteLocation") != null && Json.at(card, "remoteLocation").asBoolean()))
                .salaryText(Json.text(card, "salarySnippet", "text"))
                .employmentType(String.join(", ", Json.texts(card, "jobTypes")))
                .descriptionHtml(Json.text(card, "snippet"));
        if (extracted != null && extracted.isObject()) {
            raw.salary(Json.positive(Json.number(extracted, "min")), Json.positive(Json.number(extracted, "max")),
                    Json.text(card, "salarySnippet", "currency"), SalaryParser.periodOf(Json.text(extracted, "type")));
        }
        JsonNode pubDate = Json.at(card, "pubDate");
        if (pubDate != null && pubDate.canConvertToLong() && pubDate.asLong() > 0) {
            raw.postedText(java.time.Instant.ofEpochMilli(pubDate.asLong()).toString());
        } else {
            raw.postedText(Json.text(card, "formattedRelativeTime"));
        }
        return raw;
    }

    private static RawPosting fromHtml(Element card, Element anchor, String jk, String origin) {
        return new RawPosting(SOURCE)
                .sourceId(jk)
                .url(Indeed.viewUrl(origin, jk))
                .title(Texts.first(Html.attr(card, "h2.jobTitle span[title]", "title"),
                        Html.text(card, "h2.jobTitle", ".jobTitle"), anchor.text()))
                .company(Html.text(card, "[data-testid=company-name]", ".companyName"))
                .location(Html.text(card, "[data-testid=text-location]", ".companyLocation"))
                .salaryText(Html.text(card, ".salary-snippet-container", "[data-testid=attribute_snippet_testid]",
                        ".estimated-salary"))
                .postedText(Html.text(card, "[data-testid=myJobsStateDate]", "span.date"))
                .descriptionHtml(Html.html(card, ".job-snippet", "[data-testid=jobsnippet_footer]"));
    }

    /** The result card around a job link: the nearest list item or beacon container. */
    private static Element cardOf(Element anchor) {
        for (String container : new String[] {"li", ".job_seen_beacon", ".result", "td.resultContent"}) {
            Element card = anchor.closest(container);
            if (card != null) {
                return card;
            }
        }
        return anchor;
    }
}
