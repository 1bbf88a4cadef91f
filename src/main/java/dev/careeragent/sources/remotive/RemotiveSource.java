package dev.careeragent.sources.remotive;

import dev.careeragent.sources.ApiSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.time.Clock;
import java.time.Duration;

/**
 * Remotive's public API ({@code /api/remote-jobs?search=&limit=}). Remotive asks API users to call it only a
 * few times a day (its data is delayed anyway) and to credit and link Remotive: runs are at least 6 hours apart.
 */
public final class RemotiveSource extends ApiSource {

    public static final String ID = RemotiveParser.SOURCE;
    public static final String DEFAULT_BASE = "https://remotive.com/";
    public static final String ATTRIBUTION = "Jobs from Remotive (https://remotive.com)";

    public RemotiveSource(SourcePolicy policy, PostingNormalizer normalizer, Clock clock) {
        super(policy, new RemotiveParser(normalizer), clock, ATTRIBUTION);
    }

    @Override
    public Duration minRunInterval() {
        return Duration.ofHours(6);
    }

    @Override
    protected PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher) {
        String search = criteria.keywords().isEmpty() ? "" : "search=" + encode(criteria.keywords()) + "&";
        return PageUrls.single(policy().url("/api/remote-jobs?" + search + "limit=" + Math.max(100, criteria.limit())));
    }
}
