package dev.careeragent.sources.linkedin;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/** LinkedIn's public guest job search page (and its "see more jobs" fragments): one posting per card. */
public final class LinkedInSearchParser implements SearchResultsParser {

    public static final String SOURCE = LinkedIn.SOURCE;

    private static final String LINK = "a.base-card__full-link, a[href*=/jobs/view/]";

    private final PostingNormalizer normalizer;
    private final Evaluator title = Html.query(".base-search-card__title");
    private final Evaluator srOnly = Html.query(".sr-only");
    private final Evaluator subtitle = Html.query(".base-search-card__subtitle");
    private final Evaluator nestedLink = Html.query("a.hidden-nested-link");
    private final Evaluator h4 = Html.query("h4");
    private final Evaluator location = Html.query(".job-search-card__location");
    private final Evaluator salary = Html.query(".job-search-card__salary-info");
    private final Evaluator link = Html.query(LINK);
    private final Evaluator time = Html.query("time");

    public LinkedInSearchParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String html, String baseUrl) {
        Document doc = Html.parse(html, baseUrl, LinkedIn.NAME);
        Elements cards = doc.select("[data-entity-urn^=urn:li:jobPosting:]");
        if (cards.isEmpty()) {
            cards = doc.select("div.base-search-card, div.job-search-card");
        }
        if (cards.isEmpty() && doc.selectFirst(".jobs-search__results-list, .results-context-header") == null) {
            throw new JobPageParseException("This page is not a LinkedIn job search result (no job cards found). "
                    + "LinkedIn may have shown a sign-in page; wait a while and try again.");
        }
        List<JobPosting> postings = new ArrayList<>(cards.size());
        for (Element card : cards) {
            RawPosting raw = card(card);
            if (raw != null) {
                postings.add(normalizer.normalize(raw, baseUrl));
            }
        }
        return postings;
    }

    private RawPosting card(Element card) {
        String titleText = Html.text(card, title, srOnly);
        if (titleText == null) {
            return null;
        }
        Element anchor = card.selectFirst(link);
        String href = anchor == null ? null : anchor.absUrl("href").isEmpty() ? anchor.attr("href") : anchor.absUrl("href");
        String id = UrlCanonicalizer.linkedInJobId(card.attr("data-entity-urn"))
                .or(() -> UrlCanonicalizer.linkedInJobId(href)).orElse(null);
        Element when = card.selectFirst(time);
        String posted = when == null ? null : when.attr("datetime").isBlank() ? when.text() : when.attr("datetime");
        return new RawPosting(SOURCE)
                .sourceId(id)
                .url(id != null ? "https://www.linkedin.com/jobs/view/" + id : href)
                .title(titleText)
                .company(Html.text(card, subtitle, nestedLink, h4))
                .location(Html.text(card, location))
                .salaryText(Html.text(card, salary))
                .postedText(posted);
    }
}
