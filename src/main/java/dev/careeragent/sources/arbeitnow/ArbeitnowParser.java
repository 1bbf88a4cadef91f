package dev.careeragent.sources.arbeitnow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.JsonJobListParser;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;

/** The Arbeitnow job board API ({@code /api/job-board-api}, paged through {@code links.next}). */
public final class ArbeitnowParser extends JsonJobListParser {

    public static final String SOURCE = "arbeitnow";

    public ArbeitnowParser(PostingNormalizer normalizer) {
        super(SOURCE, "Arbeitnow", "data", normalizer);
    }

    @Override
    protected RawPosting read(JsonNode job, RawPosting raw) {
        raw.sourceId(Json.text(job, "slug"))
                .url(Json.text(job, "url"))
                .title(Json.text(job, "title"))
                .company(Json.text(job, "company_name"))
                .location(Json.text(job, "location"))
                .remote(job.path("remote").asBoolean(false) ? RemoteMode.REMOTE : RemoteMode.UNKNOWN)
                .employmentType(String.join(", ", Json.texts(job, "job_types")))
                .industries(Json.texts(job, "tags"))
                .descriptionHtml(Json.text(job, "description"));
        postedAtEpoch(job, "created_at", raw);
        return raw;
    }

    /** The next page's address, or null on the last page. */
    public static String nextPage(String json) {
        return Json.text(Json.read(json, "Arbeitnow"), "links", "next");
    }
}
