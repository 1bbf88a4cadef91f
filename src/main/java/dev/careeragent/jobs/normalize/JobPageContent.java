package dev.careeragent.jobs.normalize;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of a job page that holds the job, the one choice both readers of pages make: the any-page import
 * ({@code sources.web}) and job files ({@code resume.jobtext}, for the CLI and the ATS check). Its text comes from
 * {@link HtmlSanitizer#toPlainText(Element)}.
 */
public final class JobPageContent {

    /** Where job sites keep the description, most specific first. */
    private static final List<String> DESCRIPTIONS = List.of("#jobDescriptionText", ".show-more-less-html__markup",
            ".description__text", "[data-automation=jobDescription]", "[class*=jobDescription]", "[class*=job-description]");
    /** Where any page keeps its main text. */
    private static final List<String> MAIN = List.of("main", "article", "[role=main]", "#content", "[class*=description]");
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], .cookie, #cookie-banner";
    private static final int MIN_DESCRIPTION = 100;
    private static final int MIN_MAIN = 200;

    private JobPageContent() {
    }

    /**
     * A copy of the element holding the job, navigation and other boilerplate removed: a job site's description
     * element, else the page's main text, else the whole body. Null when the page has no body.
     */
    public static Element of(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Element found = first(doc, DESCRIPTIONS, MIN_DESCRIPTION);
        if (found == null) {
            found = first(doc, MAIN, MIN_MAIN);
        }
        if (found != null) {
            return withoutBoilerplate(found);
        }
        Element copy = withoutBoilerplate(body);
        if (copy.text().length() < MIN_MAIN) {
            copy = body.clone(); // pages wrapped whole in a form (ASP.NET) lose everything with the boilerplate
            copy.select("script, style, noscript, template, svg, iframe").remove();
        }
        return copy;
    }

    private static Element first(Document doc, List<String> selectors, int minText) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.text().length() >= minText) {
                return e;
            }
        }
        return null;
    }

    private static Element withoutBoilerplate(Element e) {
        Element copy = e.clone();
        copy.select(BOILERPLATE).remove();
        return copy;
    }
}
