package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.JobPageContent;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.Texts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Last resort for a job page with neither a known layout nor JSON-LD: title, company and location from the
 * page's best-evidenced candidates ({@link PageEvidence}), description from the main content ({@link JobPageContent}).
 */
public final class ReadableTextJobParser implements JobDetailParser {

    public static final String SOURCE = "web";

    private final PostingNormalizer normalizer;
    private final PageEvidence evidence = new PageEvidence();

    public ReadableTextJobParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public JobPosting parse(String html, String pageUrl) {
        return parse(Html.parse(html, pageUrl, "job"), pageUrl, SOURCE);
    }

    public JobPosting parse(Document doc, String pageUrl, String source) {
        PageEvidence.Fields fields = evidence.read(doc, pageUrl);
        Element content = JobPageContent.of(doc);
        if (fields.title() == null || content == null || content.text().isBlank()) {
            throw new JobPageParseException("No job could be read from this page: it has no title or no text. "
                    + "If the site needs a browser to show the job, open it there and save the complete page.");
        }
        RawPosting raw = new RawPosting(source)
                .url(Texts.first(Html.attr(doc, "link[rel=canonical]", "href"), Html.meta(doc, "og:url"), pageUrl))
                .title(fields.title())
                .company(fields.company())
                .location(fields.location())
                .descriptionHtml(content.html());
        return normalizer.normalize(raw, pageUrl);
    }
}
