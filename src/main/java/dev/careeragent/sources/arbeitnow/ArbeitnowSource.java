package dev.careeragent.sources.arbeitnow;

import dev.careeragent.sources.ApiSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.time.Clock;
import java.util.Optional;

/** Arbeitnow's job board API ({@code /api/job-board-api?page=N}, 100 jobs a page), filtered locally. */
public final class ArbeitnowSource extends ApiSource {

    public static final String ID = ArbeitnowParser.SOURCE;
    public static final String DEFAULT_BASE = "https://www.arbeitnow.com/";
    public static final String ATTRIBUTION = "Jobs from Arbeitnow (https://www.arbeitnow.com)";

    public ArbeitnowSource(SourcePolicy policy, PostingNormalizer normalizer, Clock clock) {
        super(policy, new ArbeitnowParser(normalizer), clock, ATTRIBUTION);
    }

    @Override
    protected int maxPages() {
        return 5;
    }

    @Override
    protected PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher) {
        return index -> Optional.of(policy().url("/api/job-board-api?page=" + (index + 1)));
    }
}
