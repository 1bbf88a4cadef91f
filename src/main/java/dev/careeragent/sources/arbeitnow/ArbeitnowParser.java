package dev.careeragent.sources.arbeitnow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import java.util.ArrayList;
import java.util.List;

/** The Arbeitnow job board API ({@code /api/job-board-api}, paged through {@code links.next}). */
public final class ArbeitnowParser implements SearchResultsParser {

    public static final String SOURCE = "arbeitnow";

    private final PostingNormalizer normalizer;

    public ArbeitnowParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode data = Json.read(json, "Arbeitnow").get("data");
        if (data == null || !data.isArray()) {
            throw new JobPageParseException("The Arbeitnow answer has no job list. The service may have changed; try again later.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode job : data) {
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(job, "slug"))
                    .url(Json.text(job, "url"))
                    .title(Json.text(job, "title"))
                    .company(Json.text(job, "company_name"))
                    .location(Json.text(job, "location"))
                    .remote(job.path("remote").asBoolean(false) ? RemoteMode.REMOTE : RemoteMode.UNKNOWN)
                    .employmentType(String.join(", ", Json.texts(job, "job_types")))
                    .industries(Json.texts(job, "tags"))
                    .descriptionHtml(Json.text(job, "description"));
            JsonNode created = job.get("created_at");
            if (created != null && created.canConvertToLong()) {
                raw.postedDate(normalizer.dates().fromEpoch(created.asLong()));
            }
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }

    /** The next page's address, or null on the last page. */
    public static String nextPage(String json) {
        return Json.text(Json.read(json, "Arbeitnow"), "links", "next");
    }
}
