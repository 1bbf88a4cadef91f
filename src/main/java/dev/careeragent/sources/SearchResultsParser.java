package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import java.util.List;

/** Pure function from one fetched search page or API answer to the postings it lists. */
public interface SearchResultsParser {

    /**
     * @param content the page HTML or the API's JSON
     * @param baseUrl the address it came from (relative links resolve against it)
     * @throws JobPageParseException when the content is not this source's results
     */
    List<JobPosting> parse(String content, String baseUrl);
}
