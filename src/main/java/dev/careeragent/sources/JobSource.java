package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.browser.BrowserProfile;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SearchResult;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * One place jobs come from: its politeness policy (id, name, base URL, delays), how it is reached (a real
 * browser or plain HTTP), and its search, which fetches through the given {@link PoliteFetcher} and returns
 * normalised postings. A search never throws for a page that failed after the first: the postings read so far
 * come back with {@link SearchResult#stoppedBy()} saying why it ended early.
 */
public interface JobSource {

    SourcePolicy policy();

    default String id() {
        return policy().sourceId();
    }

    default String displayName() {
        return policy().displayName();
    }

    /** True for LinkedIn, Indeed and Glassdoor (a real browser); false for JSON APIs. */
    boolean needsBrowser();

    default BrowserProfile browserProfile() {
        return BrowserProfile.forSource(id());
    }

    /** The credit the source asks for (kept with its postings and shown with them), if any. */
    default Optional<String> attribution() {
        return Optional.empty();
    }

    /** The shortest time between two runs the source's published limits allow (zero: no limit beyond delays). */
    default Duration minRunInterval() {
        return Duration.ZERO;
    }

    /** Why the source cannot run with the current settings (e.g. no company boards added), if so. */
    default Optional<String> notReady() {
        return Optional.empty();
    }

    /**
     * @throws dev.careeragent.sources.fetch.FetchException when the first request already failed
     */
    SearchResult<JobPosting> search(SearchCriteria criteria, PoliteFetcher fetcher, SearchProgress progress);
}
