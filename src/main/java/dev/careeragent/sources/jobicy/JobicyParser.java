package dev.careeragent.sources.jobicy;

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
import org.jsoup.parser.Parser;

/** The Jobicy remote jobs API ({@code /api/v2/remote-jobs}). */
public final class JobicyParser implements SearchResultsParser {

    public static final String SOURCE = "jobicy";

    private final PostingNormalizer normalizer;

    public JobicyParser(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<JobPosting> parse(String json, String baseUrl) {
        JsonNode jobs = Json.read(json, "Jobicy").get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new JobPageParseException("The Jobicy answer has no job list. The service may have changed; try again later.");
        }
        List<JobPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            RawPosting raw = new RawPosting(SOURCE)
                    .sourceId(Json.text(job, "id"))
                    .url(Json.text(job, "url"))
                    .title(unescape(Json.text(job, "jobTitle")))
                    .company(unescape(Json.text(job, "companyName")))
                    .location(Json.text(job, "jobGeo"))
                    .remote(RemoteMode.REMOTE)
                    .employmentType(String.join(", ", Json.texts(job, "jobType")))
                    .seniority(Json.text(job, "jobLevel"))
                    .industries(Json.texts(job, "jobIndustry").stream().map(JobicyParser::unescape).toList())
                    .postedText(Json.text(job, "pubDate"))
                    .descriptionHtml(Json.text(job, "jobDescription"));
            raw.salary(Json.positive(Json.number(job, "salaryMin")), Json.positive(Json.number(job, "salaryMax")),
                    Json.text(job, "salaryCurrency"), SalaryParser.periodOf(Json.text(job, "salaryPeriod")));
            postings.add(normalizer.normalize(raw, baseUrl));
        }
        return postings;
    }

    private static String unescape(String s) {
        return s == null ? null : Parser.unescapeEntities(s, false);
    }
}
