package dev.careeragent.sources.himalayas;

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

/** The Himalayas remote jobs API ({@code /jobs/api}). */
public final class HimalayasParser implements SearchResultsParser {

    public static final String SOURCE = "himalayas";

    private final PostingNormalizer normalizer;

    public HimalayasParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode jobs = Json.read(json, "Himalayas").get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new JobPageParseException("The Himalayas answer has no job list. The service may have changed; try again later.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            String url = Json.text(job, "applicationLink");
            List<String> seniority = Json.texts(job, "seniority");
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(job, "guid") != null ? Json.text(job, "guid") : url)
                    .url(url)
                    .title(Json.text(job, "title"))
                    .company(Json.text(job, "companyName"))
                    .location(String.join(", ", Json.texts(job, "locationRestrictions")))
                    .remote(RemoteMode.REMOTE)
                    .employmentType(Json.text(job, "employmentType"))
                    .seniority(seniority.isEmpty() ? null : String.join(", ", seniority))
                    .industries(Json.texts(job, "parentCategories"))
                    .descriptionHtml(Json.text(job, "description"));
            raw.salary(Json.positive(Json.number(job, "minSalary")), Json.positive(Json.number(job, "maxSalary")),
                    Json.text(job, "currency"), SalaryParser.periodOf(Json.text(job, "salaryPeriod")));
            JsonNode pub = job.get("pubDate");
            if (pub != null && pub.canConvertToLong()) {
                raw.postedDate(normalizer.dates().fromEpoch(pub.asLong()));
            }
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }
}
