package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;

/** Pure function from one job page to its full posting. */
public interface JobDetailParser {

    /** @throws JobPageParseException when the page holds no job (say, a login wall or a search page) */
    JobPosting parse(String html, String pageUrl);
}
