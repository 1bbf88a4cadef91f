package dev.careeragent.sources.linkedin;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.Texts;
import dev.careeragent.sources.web.JsonLdJobPostingReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/** LinkedIn's public job view page: top card, criteria (seniority, type, function, industries), description. */
public final class LinkedInJobParser implements JobDetailParser {

    public static final String SOURCE = LinkedIn.SOURCE;

    private final PostingNormalizer normalizer;
    private final JsonLdJobPostingReader jsonLd = new JsonLdJobPostingReader();

    public LinkedInJobParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public JobPosting parse(String html, String pageUrl) {
        Document doc = Html.parse(html, pageUrl, LinkedIn.NAME);
        String title = Html.text(doc, ".top-card-layout__title", ".topcard__title", "h1");
        if (title == null) {
            throw new JobPageParseException("This LinkedIn page holds no job (no title found). It may be a sign-in "
                    + "page or an expired posting; open it in a browser to check.");
        }
        String canonical = Texts.first(Html.attr(doc, "link[rel=canonical]", "href"), Html.meta(doc, "og:url"),
                Html.attr(doc, "a.topcard__link", "href"), pageUrl);
        String id = UrlCanonicalizer.linkedInJobId(canonical)
                .or(() -> UrlCanonicalizer.linkedInJobId(Html.attr(doc, "[data-semaphore-content-urn]",
                        "data-semaphore-content-urn")))
                .or(() -> UrlCanonicalizer.linkedInJobId(pageUrl)).orElse(null);
        RawPosting raw = new RawPosting(SOURCE)
                .sourceId(id)
                .url(id != null ? "https://www.linkedin.com/jobs/view/" + id : canonical)
                .title(title)
                .company(Html.text(doc, ".topcard__org-name-link", ".topcard__flavor a", ".topcard__flavor"))
                .location(Html.text(doc, ".topcard__flavor--bullet", ".sub-nav-cta__meta-text"))
                .postedText(Html.text(doc, ".posted-time-ago__text"))
                .salaryText(Html.text(doc, ".compensation__salary", ".salary"))
                .applyUrl(applyUrl(doc))
                .descriptionHtml(Html.html(doc, ".show-more-less-html__markup", ".description__text"));
        criteria(doc, raw);
        jsonLd.read(doc, SOURCE).ifPresent(raw::fillGapsFrom);
        return normalizer.normalize(raw, pageUrl);
    }

    /** Criteria by label (English, German, French), else by LinkedIn's fixed order. */
    private static void criteria(Document doc, RawPosting raw) {
        Elements items = doc.select(".description__job-criteria-item");
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            String label = Html.text(item, ".description__job-criteria-subheader", "h3");
            String value = Html.text(item, ".description__job-criteria-text", "span");
            String key = label == null ? "" : label.toLowerCase(Locale.ROOT);
            int slot = key.contains("seniority") || key.contains("karriere") || key.contains("niveau") ? 0
                    : key.contains("employment") || key.contains("beschäftigung") || key.contains("emploi") ? 1
                    : key.contains("function") || key.contains("tätigkeit") || key.contains("fonction") ? 2
                    : key.contains("industr") || key.contains("branche") || key.contains("secteur") ? 3 : i;
            switch (slot) {
                case 0 -> raw.seniority(value);
                case 1 -> raw.employmentType(value);
                case 2 -> raw.jobFunction(value);
                case 3 -> raw.industries(value == null ? List.of() : Arrays.stream(value.split(",\\s*"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
                default -> { }
            }
        }
    }

    /** LinkedIn hides the offsite apply link in a commented-out code block; the employer URL is its url= param. */
    private static String applyUrl(Document doc) {
        Element code = doc.selectFirst("code#applyUrl");
        if (code != null) {
            for (Node child : code.childNodes()) {
                if (child instanceof Comment comment) {
                    String link = comment.getData().strip().replaceAll("^\"|\"$", "");
                    return UrlCanonicalizer.queryParam(link, "url").orElse(link);
                }
            }
        }
        return Html.attr(doc, "a.apply-button, a[data-tracking-control-name*=apply-link-offsite]", "href");
    }
}
