package dev.careeragent.sources.remoteok;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.JsonJobListParser;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;

/** The Remote OK API ({@code /api}): a list whose first item is the legal notice, then the jobs. */
public final class RemoteOkParser extends JsonJobListParser {

    public static final String SOURCE = "remoteok";

    public RemoteOkParser(PostingNormalizer normalizer) {
        super(SOURCE, "Remote OK", null, normalizer);
    }

    @Override
    protected boolean isJob(JsonNode item) {
        return item.has("id") && item.has("position");
    }

    @Override
    protected RawPosting read(JsonNode job, RawPosting raw) {
        raw.sourceId(Json.text(job, "id"))
                .url(Json.text(job, "url"))
                .applyUrl(Json.text(job, "apply_url"))
                .title(Json.text(job, "position"))
                .company(Json.text(job, "company"))
                .location(Json.text(job, "location"))
                .remote(RemoteMode.REMOTE)
                .postedText(Json.text(job, "date"))
                .descriptionHtml(Json.text(job, "description"))
                .industries(Json.texts(job, "tags"));
        return raw.salary(Json.positive(Json.number(job, "salary_min")), Json.positive(Json.number(job, "salary_max")),
                "USD", SalaryPeriod.YEAR);
    }
}
