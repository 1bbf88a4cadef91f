package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Job pages of the applicant tracking systems (Greenhouse, Lever, Ashby): their markup first, JSON-LD for the
 * gaps. One class, one selector set per system.
 */
public final class AtsJobPageParser implements JobDetailParser {

    private record Layout(String source, Pattern id, String title, String company, String location,
                          String commitment, String description) {
    }

    private static final Layout GREENHOUSE = new Layout("greenhouse", Pattern.compile("(?:/jobs/|gh_jid=)(\\d+)"),
            "h1.app-title, .job__title h1, h1.section-header, h1", ".company-name, meta[property=og:site_name]",
            ".location, .job__location", null, "#content, .job__description, .job-post-content");
    private static final Layout LEVER = new Layout("lever", Pattern.compile("lever\\.co/[^/]+/([0-9a-f-]{36})"),
            ".posting-headline h2, h2", ".main-header-logo img[alt], .main-footer-text a",
            ".posting-categories .location, .sort-by-time.posting-category", ".posting-categories .commitment",
            "[data-qa=job-description], .section-wrapper.page-full-width");
    private static final Layout ASHBY = new Layout("ashby", Pattern.compile("ashbyhq\\.com/[^/]+/([0-9a-f-]{36})"),
            "h1", "meta[property=og:site_name]", "[class*=_location]", null, "[class*=_descriptionText], main");

    private final Layout layout;
    private final PostingNormalizer normalizer;
    private final JsonLdJobPostingReader jsonLd = new JsonLdJobPostingReader();
    private final PageEvidence evidence = new PageEvidence();

    private AtsJobPageParser(Layout layout, PostingNormalizer normalizer) {
        this.layout = layout;
        this.normalizer = normalizer;
    }

    public static AtsJobPageParser greenhouse(PostingNormalizer normalizer) {
        return new AtsJobPageParser(GREENHOUSE, normalizer);
    }

    public static AtsJobPageParser lever(PostingNormalizer normalizer) {
        return new AtsJobPageParser(LEVER, normalizer);
    }

    public static AtsJobPageParser ashby(PostingNormalizer normalizer) {
        return new AtsJobPageParser(ASHBY, normalizer);
    }

    public String source() {
        return layout.source;
    }

    @Override
    public JobPosting parse(String html, String pageUrl) {
        Document doc = Html.parse(html, pageUrl, layout.source);
        Matcher id = layout.id.matcher(pageUrl == null ? "" : pageUrl);
        RawPosting raw = new RawPosting(layout.source)
                .sourceId(id.find() ? id.group(1) : null)
                .url(pageUrl)
                .title(Html.text(doc, layout.title))
                .company(company(doc))
                .location(Html.text(doc, layout.location))
                .employmentType(layout.commitment == null ? null : Html.text(doc, layout.commitment))
                .descriptionHtml(Html.html(doc, layout.description));
        Optional<RawPosting> ld = jsonLd.read(doc, layout.source);
        ld.ifPresent(raw::fillGapsFrom);
        if (raw.company() == null || raw.location() == null) {
            PageEvidence.Fields general = evidence.read(doc, pageUrl);
            raw.fillGapsFrom(new RawPosting(layout.source).company(general.company()).location(general.location()));
        }
        if (raw.title() == null) {
            throw new JobPageParseException("This " + layout.source + " page holds no job (no title found). "
                    + "The posting may be closed.");
        }
        return normalizer.normalize(raw, pageUrl);
    }

    private String company(Document doc) {
        for (var e : doc.select(layout.company)) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("alt") ? e.attr("alt") : e.text();
            if (!v.isBlank()) {
                return v.replaceFirst("(?i)\\s+logo$", "");
            }
        }
        return null;
    }
}
