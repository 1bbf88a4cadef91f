package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.PageParser;
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
public abstract class ApiSource extends PolicySource {

    /** The address of page {@code index} (0-based), or empty when there is no such page. */
    @FunctionalInterface
    protected interface PageUrls {
        Optional<URI> page(int index);

        /** A feed answered in one page. */
        static PageUrls single(URI url) {
            return index -> index == 0 ? Optional.of(url) : Optional.empty();
        }
    }

    private final PageParser<List<JobPosting>> answers;
    private final Clock clock;

    /** @param attribution the credit the API's terms ask for, or null */
    protected ApiSource(SourcePolicy policy, SearchResultsParser parser, Clock clock, String attribution) {
        super(policy, false, attribution);
        this.answers = resultsWith(parser);
        this.clock = clock;
    }

    protected int maxPages() {
        return 10;
    }

    protected boolean independentPages() {
        return false;
    }

    protected abstract PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher);

    /** How the outcome names page {@code index} (0-based) when it fails, e.g. "page 3". */
    protected String pageName(int index) {
        return "page " + (index + 1);
    }

    @Override
    public SearchResult<JobPosting> search(SearchCriteria criteria, PoliteFetcher fetcher, SearchProgress progress) {
        PageUrls pages = pages(criteria, fetcher);
        CriteriaFilter filter = new CriteriaFilter(criteria, clock);
        List<JobPosting> matches = new ArrayList<>();
        FetchException stopped = null;
        String stoppedAt = null;
        int read = 0;
        for (int i = 0; i < maxPages() && matches.size() < criteria.limit() && !progress.cancelled(); i++) {
            Optional<URI> url = pages.page(i);
            if (url.isEmpty()) {
                break;
            }
            List<JobPosting> page;
            try {
                page = fetcher.fetch(url.get(), answers);
            } catch (FetchException e) {
                stopped = e;
                stoppedAt = pageName(i);
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
        return new SearchResult<>(matches, read, stopped, stoppedAt);
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
