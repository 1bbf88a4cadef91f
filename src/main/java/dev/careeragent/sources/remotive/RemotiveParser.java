package dev.careeragent.sources.remotive;

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

/** The Remotive API ({@code /api/remote-jobs}). */
public final class RemotiveParser implements SearchResultsParser {

    public static final String SOURCE = "remotive";

    private final PostingNormalizer normalizer;

    public RemotiveParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode jobs = Json.read(json, "Remotive").get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new JobPageParseException("The Remotive answer has no job list. The service may have changed; try again later.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(job, "id"))
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
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }
}
