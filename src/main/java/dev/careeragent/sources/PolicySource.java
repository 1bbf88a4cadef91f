package dev.careeragent.sources;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.PageParser;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.util.List;
import java.util.Optional;

/** What the API and browser sources share: their politeness policy, how they are reached, their credit line. */
abstract class PolicySource implements JobSource {

    private final SourcePolicy policy;
    private final boolean needsBrowser;
    private final String attribution;

    /** @param attribution the credit the source asks for, or null */
    PolicySource(SourcePolicy policy, boolean needsBrowser, String attribution) {
        this.policy = policy;
        this.needsBrowser = needsBrowser;
        this.attribution = attribution;
    }

    @Override
    public SourcePolicy policy() {
        return policy;
    }

    @Override
    public boolean needsBrowser() {
        return needsBrowser;
    }

    @Override
    public Optional<String> attribution() {
        return Optional.ofNullable(attribution);
    }

    /**
     * Reads a results page with {@code parser}; an answer that is not a results page is reported like an HTTP
     * error with the parser's reason, so a later page that fails ends the paging and keeps the earlier pages' jobs.
     */
    PageParser<List<JobPosting>> resultsWith(SearchResultsParser parser) {
        return (body, at) -> {
            try {
                return parser.parse(body, at.toString());
            } catch (JobPageParseException e) {
                throw new FetchException(FetchException.Kind.HTTP_ERROR, policy.sourceId(), at, 200, e.getMessage(), e);
            }
        };
    }
}
