package dev.careeragent.sources.lever;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import java.util.ArrayList;
import java.util.List;

/** The Lever postings API ({@code /v0/postings/{company}?mode=json}); the company is the board name. */
public final class LeverApiParser implements SearchResultsParser {

    public static final String SOURCE = "lever";
    private static final java.util.regex.Pattern BOARD = java.util.regex.Pattern.compile("lever\\.co/(?:v0/postings/)?([^/?#]+)");

    private final PostingNormalizer normalizer;

    public LeverApiParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode root = Json.read(json, "Lever");
        if (!root.isArray()) {
            throw new JobPageParseException("The Lever answer is not a list of postings"
                    + (root.has("message") ? " (" + root.get("message").asText() + ")" : "")
                    + ". Check the company name in the source settings.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode p : root) {
            StringBuilder html = new StringBuilder(valueOr(Json.text(p, "description"), ""));
            for (JsonNode list : iterable(p.get("lists"))) {
                html.append("<h3>").append(valueOr(Json.text(list, "text"), "")).append("</h3><ul>")
                        .append(valueOr(Json.text(list, "content"), "")).append("</ul>");
            }
            html.append(valueOr(Json.text(p, "additional"), ""));
            JsonNode range = p.get("salaryRange");
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(p, "id"))
                    .url(Json.text(p, "hostedUrl"))
                    .applyUrl(Json.text(p, "applyUrl"))
                    .title(Json.text(p, "text"))
                    .company(company(baseUrl, Json.text(p, "hostedUrl")))
                    .location(Json.text(p, "categories", "location"))
                    .employmentType(Json.text(p, "categories", "commitment"))
                    .jobFunction(Json.text(p, "categories", "team"))
                    .remote(workplace(Json.text(p, "workplaceType")))
                    .descriptionHtml(html.toString());
            JsonNode created = p.get("createdAt");
            if (created != null && created.canConvertToLong()) {
                raw.postedDate(normalizer.dates().fromEpoch(created.asLong()));
            }
            if (range != null && range.isObject()) {
                raw.salary(Json.positive(Json.number(range, "min")), Json.positive(Json.number(range, "max")),
                        Json.text(range, "currency"), SalaryParser.periodOf(Json.text(range, "interval")));
            }
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }

    private static RemoteMode workplace(String type) {
        if (type == null) {
            return RemoteMode.UNKNOWN;
        }
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "remote" -> RemoteMode.REMOTE;
            case "hybrid" -> RemoteMode.HYBRID;
            case "onsite", "on-site" -> RemoteMode.ON_SITE;
            default -> RemoteMode.UNKNOWN;
        };
    }

    /** The board name from {@code jobs.lever.co/<company>/...} (the API's own address or a posting's). */
    private static String company(String... urls) {
        for (String url : urls) {
            if (url != null) {
                java.util.regex.Matcher m = BOARD.matcher(url);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : node;
    }

    private static String valueOr(String v, String fallback) {
        return v == null ? fallback : v;
    }
}
