package dev.careeragent.sources.remoteok;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.sources.SearchResultsParser;
import java.util.ArrayList;
import java.util.List;

/** The Remote OK API ({@code /api}): a list whose first item is the legal notice, then the jobs. */
public final class RemoteOkParser implements SearchResultsParser {

    public static final String SOURCE = "remoteok";

    private final PostingNormalizer normalizer;

    public RemoteOkParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode root = Json.read(json, "Remote OK");
        if (!root.isArray()) {
            throw new JobPageParseException("The Remote OK answer is not a job list. The service may have changed; try again later.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode job : root) {
            if (!job.has("id") || !job.has("position")) {
                continue; // the legal notice
            }
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(job, "id"))
                    .url(Json.text(job, "url"))
                    .applyUrl(Json.text(job, "apply_url"))
                    .title(Json.text(job, "position"))
                    .company(Json.text(job, "company"))
                    .location(Json.text(job, "location"))
                    .remote(RemoteMode.REMOTE)
                    .postedText(Json.text(job, "date"))
                    .descriptionHtml(Json.text(job, "description"))
                    .industries(Json.texts(job, "tags"));
            raw.salary(Json.positive(Json.number(job, "salary_min")), Json.positive(Json.number(job, "salary_max")),
                    "USD", SalaryPeriod.YEAR);
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }
}
