package dev.careeragent.sources.greenhouse;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import dev.careeragent.sources.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A Greenhouse job board page (job-boards.greenhouse.io and the older boards.greenhouse.io openings list). */
public final class GreenhouseBoardParser implements SearchResultsParser {

    public static final String SOURCE = "greenhouse";
    private static final Pattern JOB_ID = Pattern.compile("(?:gh_jid=|/jobs/)(\\d+)");

    private final PostingNormalizer normalizer;

    public GreenhouseBoardParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String html, String baseUrl) {
        Document doc = Html.parse(html, baseUrl, "Greenhouse");
        String company = company(doc);
        List<JobPosting> postings = new ArrayList<>();
        for (Element row : doc.select("tr.job-post, div.opening")) {
            Element link = row.selectFirst("a[href]");
            if (link == null) {
                continue;
            }
            String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
            Matcher id = JOB_ID.matcher(href);
            Element department = row.closest(".job-posts--table--department, section.level-0");
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(id.find() ? id.group(1) : null)
                    .url(href)
                    .title(Texts.first(Html.textWithout(row.selectFirst("p.body--medium"), ".tag-container"), link.ownText(),
                            link.text()))
                    .company(company)
                    .location(Html.text(row, "p.body--metadata", ".location"))
                    .jobFunction(department == null ? null : Html.text(department, "h3", "h2"));
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        if (postings.isEmpty() && doc.selectFirst(".job-posts, #main, .index--content") == null) {
            throw new JobPageParseException("This page is not a Greenhouse job board (no job list found). "
                    + "Check the board name in the source settings.");
        }
        return postings;
    }

    private static String company(Document doc) {
        String og = Html.meta(doc, "og:title");
        if (og != null) {
            return og;
        }
        String title = doc.title().replaceFirst("^(Jobs at|Current openings at|Careers at)\\s+", "");
        return Texts.first(title, Html.text(doc, ".company-name", "h1"));
    }
}
