package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import java.util.Optional;
import org.jsoup.nodes.Document;

/** Any job page that carries schema.org JobPosting JSON-LD (most career sites do, for search engines). */
public final class JsonLdJobParser implements JobDetailParser {

    public static final String SOURCE = "web";

    private final PostingNormalizer normalizer;
    private final JsonLdJobPostingReader reader = new JsonLdJobPostingReader();

    public JsonLdJobParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public JobPosting parse(String html, String pageUrl) {
        return parse(Html.parse(html, pageUrl, "job"), pageUrl, SOURCE).orElseThrow(() -> new JobPageParseException(
                "This page has no structured job data (schema.org JobPosting)."));
    }

    /** The posting from the document's JSON-LD, labelled with {@code source}; empty when there is none. */
    public Optional<JobPosting> parse(Document doc, String pageUrl, String source) {
        return reader.read(doc, source).map(raw -> {
            RawPosting filled = raw.url() == null ? raw.url(pageUrl) : raw;
            return normalizer.normalize(filled, pageUrl);
        });
    }
}
