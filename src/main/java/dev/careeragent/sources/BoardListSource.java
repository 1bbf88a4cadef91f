package dev.careeragent.sources;

import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Company job boards on an applicant-tracking system (Greenhouse, Lever, Ashby): the user adds the company
 * board names in Settings; each board is one API call, filtered locally. A wrong board name is reported and
 * the other boards are still read.
 */
public final class BoardListSource extends ApiSource {

    private final List<String> boards;
    private final Function<String, String> boardPath;

    public BoardListSource(SourcePolicy policy, SearchResultsParser parser, Clock clock, List<String> boards,
            Function<String, String> boardPath) {
        super(policy, parser, clock, null);
        this.boards = List.copyOf(boards);
        this.boardPath = boardPath;
    }

    public List<String> boards() {
        return boards;
    }

    @Override
    public Optional<String> notReady() {
        return boards.isEmpty()
                ? Optional.of("No " + displayName() + " company boards are set. Add board names (the part after the "
                        + "site's address, e.g. \"acme\") in Settings > Job sources.")
                : Optional.empty();
    }

    @Override
    protected int maxPages() {
        return boards.size();
    }

    @Override
    protected boolean independentPages() {
        return true;
    }

    @Override
    protected String pageName(int index) {
        return "the board \"" + boards.get(index) + "\"";
    }

    @Override
    protected PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher) {
        return index -> index < boards.size()
                ? Optional.of(policy().url(boardPath.apply(encode(boards.get(index)))))
                : Optional.<URI>empty();
    }
}
