package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.NextPage;
import dev.careeragent.sources.fetch.PageParser;
import dev.careeragent.sources.fetch.PagedSearch;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SearchResult;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job board read through a real browser: follows the search pages up to the limit, then opens each job's
 * page for the full description (cards only carry a snippet). A block while reading job pages stops the
 * page visits but keeps every card found; a single job page that fails keeps its card.
 */
public abstract class BoardSource extends PolicySource {

    private static final Logger LOG = LoggerFactory.getLogger(BoardSource.class);
    /** Cards with less description than this get their job page opened. */
    static final int SHORT_DESCRIPTION = 400;

    private final PageParser<List<JobPosting>> results;
    private final JobDetailParser details;

    protected BoardSource(SourcePolicy policy, SearchResultsParser results, JobDetailParser details) {
        super(policy, true, null);
        this.results = resultsWith(results);
        this.details = details;
    }

    /** The first results page for these criteria, with every filter the site supports as a URL parameter. */
    public abstract URI firstPage(SearchCriteria criteria);

    protected abstract NextPage nextPage();

    @Override
    public SearchResult<JobPosting> search(SearchCriteria criteria, PoliteFetcher fetcher, SearchProgress progress) {
        SearchResult<JobPosting> cards = PagedSearch.collect(fetcher, firstPage(criteria),
                (body, url) -> body.isBlank() ? List.<JobPosting>of() : results.parse(body, url),
                nextPage(), criteria.limit(), progress::cancelled,
                (pages, items) -> progress.update("page " + pages + ", " + items + " jobs", items));
        Map<String, JobPosting> unique = new LinkedHashMap<>();
        for (JobPosting card : cards.items()) {
            unique.putIfAbsent(card.sourceId() != null ? card.sourceId() : String.valueOf(card.url()), card);
        }
        return withJobPages(new ArrayList<>(unique.values()), cards, fetcher, progress);
    }

    private SearchResult<JobPosting> withJobPages(List<JobPosting> cards, SearchResult<JobPosting> paging,
            PoliteFetcher fetcher, SearchProgress progress) {
        FetchException stopped = paging.stoppedBy();
        String stoppedAt = paging.stoppedAt();
        List<JobPosting> out = new ArrayList<>(cards.size());
        int visited = 0;
        for (JobPosting card : cards) {
            boolean blocked = stopped != null && stopped.stopsSource();
            if (blocked || progress.cancelled() || card.url() == null || !wantsJobPage(card)) {
                out.add(card);
                continue;
            }
            try {
                JobPosting page = fetcher.fetch(jobPage(card), (body, url) -> details.parse(body, url.toString()));
                out.add(DetailMerge.merge(card, page));
            } catch (FetchException e) {
                if (e.stopsSource()) {
                    stopped = e;
                    stoppedAt = "job page " + (visited + 1) + " of " + cards.size();
                }
                out.add(card);
            } catch (JobPageParseException e) {
                LOG.debug("{}: job page of {} not readable: {}", id(), card.sourceId(), e.getMessage());
                out.add(card);
            }
            progress.update("job page " + ++visited + " of " + cards.size(), out.size());
        }
        return new SearchResult<>(out, paging.pagesFetched(), stopped, stoppedAt);
    }

    protected boolean wantsJobPage(JobPosting card) {
        return card.descriptionText() == null || card.descriptionText().length() < SHORT_DESCRIPTION;
    }

    /** The card's job page on this source's (configurable) base URL: same path and query. */
    protected URI jobPage(JobPosting card) {
        URI original = URI.create(card.url());
        String path = original.getRawPath() == null || original.getRawPath().isEmpty() ? "/" : original.getRawPath();
        return policy().url(original.getRawQuery() == null ? path : path + "?" + original.getRawQuery());
    }

    /** "a=1&b=x%20y" from name/value pairs, skipping blank values. */
    protected static String query(String... namesAndValues) {
        StringJoiner joined = new StringJoiner("&");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                joined.add(namesAndValues[i] + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return joined.toString();
    }
}
