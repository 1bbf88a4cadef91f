package dev.careeragent.sources.himalayas;

import dev.careeragent.sources.ApiSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.time.Clock;
import java.util.Optional;

/** Himalayas' remote jobs API ({@code /jobs/api?limit=20&offset=N}, newest first), filtered locally. */
public final class HimalayasSource extends ApiSource {

    public static final String ID = HimalayasParser.SOURCE;
    public static final String DEFAULT_BASE = "https://himalayas.app/";
    public static final String ATTRIBUTION = "Jobs from Himalayas (https://himalayas.app)";
    static final int PAGE = 20;

    public HimalayasSource(SourcePolicy policy, PostingNormalizer normalizer, Clock clock) {
        super(policy, new HimalayasParser(normalizer), clock, ATTRIBUTION);
    }

    @Override
    protected int maxPages() {
        return 5;
    }

    @Override
    protected PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher) {
        return index -> Optional.of(policy().url("/jobs/api?limit=" + PAGE + "&offset=" + index * PAGE));
    }
}
