package dev.careeragent.sources.ashby;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ashby public job posting API ({@code api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true}).
 * The company is the board name, read from the job URLs.
 */
public final class AshbyApiParser implements SearchResultsParser {

    public static final String SOURCE = "ashby";
    private static final Pattern BOARD = Pattern.compile("ashbyhq\\.com/(?:posting-api/job-board/)?([^/?#]+)");

    private final PostingNormalizer normalizer;

    public AshbyApiParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode jobs = Json.read(json, "Ashby").get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new JobPageParseException("The Ashby answer has no job list. Check the board name in the source settings.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            if (job.has("isListed") && !job.get("isListed").asBoolean()) {
                continue;
            }
            JsonNode address = Json.at(job, "address", "postalAddress");
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(job, "id"))
                    .url(Json.text(job, "jobUrl"))
                    .applyUrl(Json.text(job, "applyUrl"))
                    .title(Json.text(job, "title"))
                    .company(board(Json.text(job, "jobUrl"), baseUrl))
                    .location(Json.text(job, "location"))
                    .city(Json.text(address, "addressLocality"))
                    .region(Json.text(address, "addressRegion"))
                    .country(Json.text(address, "addressCountry"))
                    .employmentType(Json.text(job, "employmentType"))
                    .jobFunction(Json.text(job, "department"))
                    .postedText(Json.text(job, "publishedAt"))
                    .descriptionHtml(Json.text(job, "descriptionHtml"))
                    .descriptionText(Json.text(job, "descriptionPlain") == null ? null : job.get("descriptionPlain").asText())
                    .salaryText(Json.text(job, "compensation", "scrapeableCompensationSalarySummary"));
            JsonNode workplace = job.get("workplaceType");
            if (workplace != null && !workplace.isNull()) {
                raw.remote(switch (workplace.asText()) {
                    case "Remote" -> RemoteMode.REMOTE;
                    case "Hybrid" -> RemoteMode.HYBRID;
                    case "OnSite" -> RemoteMode.ON_SITE;
                    default -> RemoteMode.UNKNOWN;
                });
            } else if (job.path("isRemote").asBoolean(false)) {
                raw.remote(RemoteMode.REMOTE);
            }
            salary(Json.at(job, "compensation", "summaryComponents"), raw);
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }

    private static void salary(JsonNode components, RawPosting raw) {
        if (components == null || !components.isArray()) {
            return;
        }
        for (JsonNode c : components) {
            if ("Salary".equals(Json.text(c, "compensationType"))
                    && (Json.number(c, "minValue") != null || Json.number(c, "maxValue") != null)) {
                raw.salary(Json.number(c, "minValue"), Json.number(c, "maxValue"), Json.text(c, "currencyCode"),
                        SalaryParser.periodOf(Json.text(c, "interval")));
                return;
            }
        }
    }

    private static String board(String... urls) {
        for (String url : urls) {
            if (url != null) {
                Matcher m = BOARD.matcher(url);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
