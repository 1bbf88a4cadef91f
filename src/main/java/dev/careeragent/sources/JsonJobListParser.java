package dev.careeragent.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON feed whose answer holds a list of jobs: finds the list, reads each item into a {@link RawPosting}
 * and normalises it. An answer without the list (an error page, a changed API) is reported in words.
 */
public abstract class JsonJobListParser implements SearchResultsParser {

    private final String source;
    private final String service;
    private final String listField;
    private final PostingNormalizer normalizer;

    /**
     * @param service the API's name as users know it, e.g. "Remote OK"
     * @param listField the answer's field that holds the jobs, or null when the answer is the list itself
     */
    protected JsonJobListParser(String source, String service, String listField, PostingNormalizer normalizer) {
        this.source = source;
        this.service = service;
        this.listField = listField;
        this.normalizer = normalizer;
    }

    @Override
    public final List<JobPosting> parse(String json, String baseUrl) {
        JsonNode answer = Json.read(json, service);
        JsonNode jobs = listField == null ? answer : answer.get(listField);
        if (jobs == null || !jobs.isArray()) {
            throw new JobPageParseException("The " + service + " answer has no job list. The service may have changed; "
                    + "try again later.");
        }
        List<RawPosting> raws = new ArrayList<>();
        for (JsonNode job : jobs) {
            if (isJob(job)) {
                raws.add(read(job, new RawPosting(source)));
            }
        }
        return normalizer.normalizeAll(raws, baseUrl);
    }

    /** False for list items that are not jobs (e.g. a legal notice). */
    protected boolean isJob(JsonNode item) {
        return true;
    }

    /** Fills {@code raw} from one job item and returns it. */
    protected abstract RawPosting read(JsonNode job, RawPosting raw);

    /** Sets the posted date from seconds since 1970, when the field holds a number. */
    protected final void postedAtEpoch(JsonNode job, String field, RawPosting raw) {
        JsonNode value = job.get(field);
        if (value != null && value.canConvertToLong()) {
            raw.postedDate(normalizer.dates().fromEpoch(value.asLong()));
        }
    }
}
