package dev.careeragent.sources.fetch;

import java.util.List;
import java.util.Optional;

/**
 * What a paged search collected. When a later page failed, the items so far are kept, {@link #stoppedBy()}
 * says why the search ended early and {@link #stoppedAt()} where (e.g. "page 3"), so nothing fails silently.
 */
public record SearchResult<T>(List<T> items, int pagesFetched, FetchException stoppedBy, String stoppedAt) {

    public SearchResult {
        items = List.copyOf(items);
    }

    public Optional<FetchException> failure() {
        return Optional.ofNullable(stoppedBy);
    }
}
