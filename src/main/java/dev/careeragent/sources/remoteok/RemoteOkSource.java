package dev.careeragent.sources.remoteok;

import dev.careeragent.sources.ApiSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.time.Clock;

/** Remote OK's public feed ({@code /api}): one answer with every current job, filtered locally. */
public final class RemoteOkSource extends ApiSource {

    public static final String ID = RemoteOkParser.SOURCE;
    public static final String DEFAULT_BASE = "https://remoteok.com/";
    /** Remote OK's API terms ask users to link back to Remote OK and name it as the source. */
    public static final String ATTRIBUTION = "Jobs from Remote OK (https://remoteok.com)";

    public RemoteOkSource(SourcePolicy policy, PostingNormalizer normalizer, Clock clock) {
        super(policy, new RemoteOkParser(normalizer), clock, ATTRIBUTION);
    }

    @Override
    protected PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher) {
        return PageUrls.single(policy().url("/api"));
    }
}
