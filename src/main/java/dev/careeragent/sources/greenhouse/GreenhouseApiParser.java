package dev.careeragent.sources.greenhouse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * The Greenhouse job board API ({@code /v1/boards/{board}/jobs?content=true}). Its {@code content} is
 * HTML escaped once more, so it is unescaped before sanitising.
 */
public final class GreenhouseApiParser implements SearchResultsParser {

    public static final String SOURCE = GreenhouseBoardParser.SOURCE;

    private final PostingNormalizer normalizer;

    public GreenhouseApiParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode root = Json.read(json, "Greenhouse");
        JsonNode jobs = root.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new JobPageParseException("The Greenhouse answer has no job list. Check the board name in the source settings.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            String content = Json.text(job, "content");
            List<String> departments = names(job.get("departments"));
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(job, "id"))
                    .url(Json.text(job, "absolute_url"))
                    .title(Json.text(job, "title"))
                    .company(Json.text(job, "company_name"))
                    .location(Json.text(job, "location", "name"))
                    .postedText(firstNonNull(Json.text(job, "first_published"), Json.text(job, "updated_at")))
                    .jobFunction(departments.isEmpty() ? null : String.join(", ", departments))
                    .descriptionHtml(content == null ? null : Parser.unescapeEntities(content, false));
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        if (array != null) {
            array.forEach(d -> {
                String n = Json.text(d, "name");
                if (n != null) {
                    names.add(n);
                }
            });
        }
        return names;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
