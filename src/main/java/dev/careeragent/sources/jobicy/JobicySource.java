package dev.careeragent.sources.jobicy;

import dev.careeragent.sources.ApiSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.time.Clock;
import java.time.Duration;

/**
 * Jobicy's remote jobs API ({@code /api/v2/remote-jobs?count=&tag=}): one answer of up to 100 jobs, filtered
 * locally. Jobicy asks to be credited with a link and not to be polled more than a few times an hour.
 */
public final class JobicySource extends ApiSource {

    public static final String ID = JobicyParser.SOURCE;
    public static final String DEFAULT_BASE = "https://jobicy.com/";
    public static final String ATTRIBUTION = "Jobs from Jobicy (https://jobicy.com)";

    public JobicySource(SourcePolicy policy, PostingNormalizer normalizer, Clock clock) {
        super(policy, new JobicyParser(normalizer), clock, ATTRIBUTION);
    }

    @Override
    public Duration minRunInterval() {
        return Duration.ofHours(1);
    }

    @Override
    protected PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher) {
        String tag = criteria.keywords().isEmpty() ? "" : "&tag=" + encode(criteria.keywords());
        return PageUrls.single(policy().url("/api/v2/remote-jobs?count=100" + tag));
    }
}
