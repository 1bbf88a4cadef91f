package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SearchResult;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A public JSON API over plain HTTP. Feeds and company boards return more than the search asks for, so each
 * answer is filtered locally ({@link CriteriaFilter}) and pages are read until the limit is met, a page is
 * empty, or {@link #maxPages()} is reached. With {@link #independentPages()} (one page per company board) a
 * board that fails is reported and the next one is still read.
 */
public abstract class ApiSource implements JobSource {

    /** The address of page {@code index} (0-based), or empty when there is no such page. */
    @FunctionalInterface
    protected interface PageUrls {
        Optional<URI> page(int index);
    }

    private final SourcePolicy policy;
    private final SearchResultsParser parser;
    private final Clock clock;

    protected ApiSource(SourcePolicy policy, SearchResultsParser parser, Clock clock) {
        this.policy = policy;
        this.parser = parser;
        this.clock = clock;
    }

    @Override
    public SourcePolicy policy() {
        return policy;
    }

    @Override
    public boolean needsBrowser() {
        return false;
    }

    protected int maxPages() {
        return 10;
    }

    protected boolean independentPages() {
        return false;
    }

    protected abstract PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher);

    @Override
    public SearchResult<JobPosting> search(SearchCriteria criteria, PoliteFetcher fetcher, SearchProgress progress) {
        PageUrls pages = pages(criteria, fetcher);
        CriteriaFilter filter = new CriteriaFilter(criteria, clock);
        List<JobPosting> matches = new ArrayList<>();
        FetchException stopped = null;
        int read = 0;
        for (int i = 0; i < maxPages() && matches.size() < criteria.limit() && !progress.cancelled(); i++) {
            Optional<URI> url = pages.page(i);
            if (url.isEmpty()) {
                break;
            }
            List<JobPosting> page;
            try {
                page = fetcher.fetch(url.get(), (body, at) -> readAnswer(body, at));
            } catch (FetchException e) {
                stopped = e;
                if (e.stopsSource() || !independentPages()) {
                    break;
                }
                continue;
            }
            read++;
            if (page.isEmpty() && !independentPages()) {
                break;
            }
            page.stream().filter(filter).limit(criteria.limit() - matches.size()).forEach(matches::add);
            progress.update("page " + read + ", " + matches.size() + " matching jobs", matches.size());
        }
        if (read == 0 && stopped != null) {
            throw stopped;
        }
        return new SearchResult<>(matches, read, stopped);
    }

    /** The parsed answer; an answer that is not this API's job list is reported like an HTTP error, with its reason. */
    private List<JobPosting> readAnswer(String body, URI at) {
        try {
            return parser.parse(body, at.toString());
        } catch (JobPageParseException e) {
            throw new FetchException(FetchException.Kind.HTTP_ERROR, policy.sourceId(), at, 200, e.getMessage(), e);
        }
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
