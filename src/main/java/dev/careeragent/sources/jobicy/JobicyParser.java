package dev.careeragent.sources.jobicy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.JsonJobListParser;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import org.jsoup.parser.Parser;

/** The Jobicy remote jobs API ({@code /api/v2/remote-jobs}). */
public final class JobicyParser extends JsonJobListParser {

    public static final String SOURCE = "jobicy";

    public JobicyParser(PostingNormalizer normalizer) {
        super(SOURCE, "Jobicy", "jobs", normalizer);
    }

    @Override
    protected RawPosting read(JsonNode job, RawPosting raw) {
        raw.sourceId(Json.text(job, "id"))
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
        return raw.salary(Json.positive(Json.number(job, "salaryMin")), Json.positive(Json.number(job, "salaryMax")),
                Json.text(job, "salaryCurrency"), SalaryParser.periodOf(Json.text(job, "salaryPeriod")));
    }

    private static String unescape(String s) {
        return s == null ? null : Parser.unescapeEntities(s, false);
    }
}
