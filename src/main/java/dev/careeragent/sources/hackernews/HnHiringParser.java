package dev.careeragent.sources.hackernews;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.jobs.normalize.LocationParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * "Ask HN: Who is hiring?" comments from the HN Algolia API ({@code /api/v1/search?tags=comment,story_<id>}).
 * Top-level comments follow the convention "Company | Role | Location | Type | Salary" on their first line;
 * replies and comments without that line are skipped.
 */
public final class HnHiringParser implements SearchResultsParser {

    public static final String SOURCE = "hackernews";
    private static final Pattern SALARY = Pattern.compile("[$€£¥₹]\\s?\\d|\\d\\s?[kK]\\b|\\d[\\d,.]*\\s?(?:USD|EUR|GBP)");
    private static final Pattern NOT_LOCATION = Pattern.compile(
            "(?i)visa|equity|full[- ]?time|part[- ]?time|contract|intern|permanent|on-?site|in[- ]office|salary|\\$");

    private final PostingNormalizer normalizer;

    public HnHiringParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode hits = Json.read(json, "Hacker News (Algolia)").get("hits");
        if (hits == null || !hits.isArray()) {
            throw new JobPageParseException("The Hacker News answer has no comments. Check the \"Who is hiring\" story id.");
        }
        List<RawPosting> raws = new ArrayList<>();
        for (JsonNode hit : hits) {
            String story = Json.text(hit, "story_id");
            if (story != null && !story.equals(Json.text(hit, "parent_id"))) {
                continue; // a reply, not a job
            }
            RawPosting raw = fromComment(hit);
            if (raw != null) {
                raws.add(raw);
            }
        }
        return normalizer.normalizeAll(raws, baseUrl);
    }

    private static RawPosting fromComment(JsonNode hit) {
        String html = Json.text(hit, "comment_text");
        if (html == null) {
            return null;
        }
        int p = html.indexOf("<p>");
        String firstLine = Jsoup.parse(p < 0 ? html : html.substring(0, p)).text();
        String[] fields = firstLine.split("\\s+\\|\\s+|\\s*\\|\\s*");
        if (fields.length < 2) {
            return null;
        }
        String id = Json.text(hit, "objectID");
        RawPosting raw = new RawPosting(SOURCE)
                .sourceId(id)
                .url("https://news.ycombinator.com/item?id=" + id)
                .company(fields[0])
                .title(fields[1])
                .postedText(Json.text(hit, "created_at"))
                .descriptionHtml(html);
        List<String> types = new ArrayList<>();
        for (int i = 2; i < fields.length; i++) {
            String f = fields[i].strip();
            RemoteMode mode = LocationParser.remoteMode(f);
            if (mode != RemoteMode.UNKNOWN) {
                raw.remote(mode);
            }
            if (!EmploymentType.parseAll(f).isEmpty()) {
                types.add(f);
            } else if (SALARY.matcher(f).find()) {
                raw.salaryText(f);
            } else if (!NOT_LOCATION.matcher(f).find() && raw.location() == null) {
                raw.location(f);
            }
        }
        return raw.employmentType(types.isEmpty() ? null : String.join(", ", types));
    }
}
