package dev.careeragent.sources.himalayas;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.JsonJobListParser;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import java.util.List;

/** The Himalayas remote jobs API ({@code /jobs/api}). */
public final class HimalayasParser extends JsonJobListParser {

    public static final String SOURCE = "himalayas";

    public HimalayasParser(PostingNormalizer normalizer) {
        super(SOURCE, "Himalayas", "jobs", normalizer);
    }

    @Override
    protected RawPosting read(JsonNode job, RawPosting raw) {
        String url = Json.text(job, "applicationLink");
        List<String> seniority = Json.texts(job, "seniority");
        raw.sourceId(Json.text(job, "guid") != null ? Json.text(job, "guid") : url)
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
        postedAtEpoch(job, "pubDate", raw);
        return raw;
    }
}
