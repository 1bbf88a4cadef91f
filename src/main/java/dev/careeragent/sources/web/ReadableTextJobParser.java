package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.Texts;
import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Last resort for a job page with neither a known layout nor JSON-LD: title from h1 / og:title / title,
 * company from og:site_name or meta tags or the host name, description from the main content.
 */
public final class ReadableTextJobParser implements JobDetailParser {

    public static final String SOURCE = "web";
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], .cookie, #cookie-banner";
    private static final int MIN_MAIN_TEXT = 200;

    private final PostingNormalizer normalizer;

    public ReadableTextJobParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public JobPosting parse(String html, String pageUrl) {
        return parse(Html.parse(html, pageUrl, "job"), pageUrl, SOURCE);
    }

    public JobPosting parse(Document doc, String pageUrl, String source) {
        String ogTitle = Html.meta(doc, "og:title");
        String title = Texts.first(Html.text(doc, "main h1", "article h1", "h1"), ogTitle, doc.title());
        Element content = mainContent(doc);
        if (title == null || content == null || content.text().isBlank()) {
            throw new JobPageParseException("No job could be read from this page: it has no title or no text. "
                    + "If the site needs a browser to show the job, open it there and save the complete page.");
        }
        RawPosting raw = new RawPosting(source)
                .url(Texts.first(Html.attr(doc, "link[rel=canonical]", "href"), Html.meta(doc, "og:url"), pageUrl))
                .title(title)
                .company(Texts.first(Html.meta(doc, "og:site_name"), Html.meta(doc, "author"),
                        Html.meta(doc, "application-name"), hostName(pageUrl)))
                .descriptionHtml(content.html());
        return normalizer.normalize(raw, pageUrl);
    }

    private static Element mainContent(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (String selector : new String[] {"main", "article", "[role=main]", "#content", ".job-description",
                "[class*=description]"}) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.text().length() >= MIN_MAIN_TEXT) {
                Element copy = e.clone();
                copy.select(BOILERPLATE).remove();
                return copy;
            }
        }
        Element copy = body.clone();
        copy.select(BOILERPLATE).remove();
        return copy;
    }

    /** "acme" from https://careers.acme.com/... as a company guess. */
    private static String hostName(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            String name = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
            return name.isEmpty() ? null : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
