package dev.careeragent.sources;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Small jsoup helpers the site parsers share. */
public final class Html {

    /** Real pages nest a few dozen levels; deeper elements are kept as siblings at this depth (jsoup prunes). */
    static final int MAX_DEPTH = 128;
    /** A large saved job board page has about 2,000 elements (the corpus); ten times that is not a job page. */
    static final int MAX_ELEMENTS = 20_000;

    /** The address a browser writes into a page it saves: {@code <!-- saved from url=(0042)https://... -->}. */
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d{1,5}\\)(https?://[^\\s>]+?)\\s*-->");
    /** The "Mark of the Web" stands in the first 2,048 bytes of the page. */
    private static final int SAVED_FROM_WITHIN = 2048;

    private Html() {
    }

    /** Where a saved page came from, as its browser recorded it; null when the page does not say. */
    public static String savedFrom(String html) {
        if (html == null) {
            return null;
        }
        Matcher mark = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), SAVED_FROM_WITHIN)));
        return mark.find() ? mark.group(1) : null;
    }

    public static Document parse(String html, String baseUrl, String siteName) {
        if (html == null || html.isBlank()) {
            throw new JobPageParseException("The " + siteName + " page is empty. Check the address or save the page again.");
        }
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        if (doc.getAllElements().size() > MAX_ELEMENTS) {
            throw new JobPageParseException("The " + siteName + " page has more than " + MAX_ELEMENTS + " elements, far"
                    + " more than a job page has, so it was not read. Save the job's own page and try again.");
        }
        return doc;
    }

    /** Text of the first element matching any selector, in order, that has text; null if none. */
    public static String text(Element root, String... selectors) {
        for (String selector : selectors) {
            Element e = root.selectFirst(selector);
            if (e != null) {
                String t = PostingNormalizer.clean(e.text());
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** A parsed CSS query; parsers keep these in fields so per-card lookups skip re-parsing the selector. */
    public static Evaluator query(String css) {
        return QueryParser.parse(css);
    }

    /** Like {@link #text(Element, String...)} with pre-parsed queries. */
    public static String text(Element root, Evaluator... queries) {
        for (Evaluator query : queries) {
            Element e = root.selectFirst(query);
            if (e != null) {
                String t = PostingNormalizer.clean(e.text());
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** An attribute of the first element matching the selector that has it non-blank (abs: for absolute URLs). */
    public static String attr(Element root, String selector, String attribute) {
        for (Element e : root.select(selector)) {
            String v = e.attr(attribute);
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** A meta tag's content by property or name ("og:title", "description"). */
    public static String meta(Document doc, String key) {
        String v = attr(doc, "meta[property=" + key + "]", "content");
        return v != null ? v : attr(doc, "meta[name=" + key + "]", "content");
    }

    /** Inner HTML of the first matching element, or null. */
    public static String html(Element root, String... selectors) {
        for (String selector : selectors) {
            Element e = root.selectFirst(selector);
            if (e != null && !e.text().isBlank()) {
                return e.html();
            }
        }
        return null;
    }

    /** The element's own text without the text of the children matching {@code drop} (e.g. "New" tags). */
    public static String textWithout(Element e, String drop) {
        if (e == null) {
            return null;
        }
        Element copy = e.clone();
        copy.select(drop).remove();
        return PostingNormalizer.clean(copy.text());
    }
}
