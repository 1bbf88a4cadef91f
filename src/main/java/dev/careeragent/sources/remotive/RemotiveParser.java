package dev.careeragent.sources.remotive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.JsonJobListParser;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;

/** The Remotive API ({@code /api/remote-jobs}). */
public final class RemotiveParser extends JsonJobListParser {

    public static final String SOURCE = "remotive";

    public RemotiveParser(PostingNormalizer normalizer) {
        super(SOURCE, "Remotive", "jobs", normalizer);
    }

    @Override
    protected RawPosting read(JsonNode job, RawPosting raw) {
        return raw.sourceId(Json.text(job, "id"))
                .url(Json.text(job, "url"))
                .title(Json.text(job, "title"))
                .company(Json.text(job, "company_name"))
                .location(Json.text(job, "candidate_required_location"))
                .remote(RemoteMode.REMOTE)
                .employmentType(Json.text(job, "job_type"))
                .jobFunction(Json.text(job, "category"))
                .salaryText(Json.text(job, "salary"))
                .postedText(Json.text(job, "publication_date"))
                .descriptionHtml(Json.text(job, "description"));
    }
}
