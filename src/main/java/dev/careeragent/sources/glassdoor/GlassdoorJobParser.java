package dev.careeragent.sources.glassdoor;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.web.JsonLdJobPostingReader;
import org.jsoup.nodes.Document;

/** A Glassdoor job page (or a search page with a job opened): the job details, JSON-LD for the gaps. */
public final class GlassdoorJobParser implements JobDetailParser {

    public static final String SOURCE = GlassdoorDetail.SOURCE;

    private final PostingNormalizer normalizer;
    private final JsonLdJobPostingReader jsonLd = new JsonLdJobPostingReader();

    public GlassdoorJobParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public JobPosting parse(String html, String pageUrl) {
        Document doc = Html.parse(html, pageUrl, GlassdoorDetail.NAME);
        RawPosting raw = GlassdoorDetail.read(doc);
        RawPosting ld = jsonLd.read(doc, SOURCE).orElse(null);
        if (raw == null && ld == null) {
            throw new JobPageParseException("This Glassdoor page holds no job (no job details found). Glassdoor may "
                    + "have asked to sign in; open the address in a browser, then try again.");
        }
        raw = raw == null ? ld : ld == null ? raw : raw.fillGapsFrom(ld);
        String origin = GlassdoorDetail.origin(pageUrl, Html.attr(doc, "link[rel=canonical]", "href"));
        if (raw.sourceId() == null) {
            raw.sourceId(UrlCanonicalizer.queryParam(pageUrl, "jl").orElse(null));
        }
        raw.url(GlassdoorDetail.jobUrl(origin, raw.sourceId(), pageUrl));
        return normalizer.normalize(raw, origin);
    }
}
