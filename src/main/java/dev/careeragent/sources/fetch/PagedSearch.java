package dev.careeragent.sources.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Follows a search's pages up to a result limit: stops at the limit, at an empty page, when there is
 * no next page, when the caller cancels, or when a page fails (keeping what was read before it).
 */
public final class PagedSearch {

    private PagedSearch() {
    }

    /** Listens to progress, e.g. to show "page 3, 75 jobs". */
    @FunctionalInterface
    public interface Progress {
        void pageRead(int pagesDone, int itemsSoFar);
    }

    public static <T> SearchResult<T> collect(PoliteFetcher fetcher, URI firstPage, PageParser<List<T>> parser,
            NextPage next, int limit, BooleanSupplier cancelled, Progress progress) {
        List<T> items = new ArrayList<>();
        int pages = 0;
        Optional<URI> url = Optional.of(firstPage);
        while (url.isPresent() && items.size() < limit && !cancelled.getAsBoolean()) {
            List<T> page;
            try {
                page = fetcher.fetch(url.get(), parser);
            } catch (FetchException e) {
                if (pages == 0) {
                    throw e;
                }
                return new SearchResult<>(items, pages, e, "page " + (pages + 1));
            }
            pages++;
            if (page.isEmpty()) {
                break;
            }
            items.addAll(page.subList(0, Math.min(page.size(), limit - items.size())));
            progress.pageRead(pages, items.size());
            url = next.after(url.get(), pages, items.size());
        }
        return new SearchResult<>(items, pages, null, null);
    }

    public static <T> SearchResult<T> collect(PoliteFetcher fetcher, URI firstPage, PageParser<List<T>> parser,
            NextPage next, int limit) {
        return collect(fetcher, firstPage, parser, next, limit, () -> false, (pages, items) -> { });
    }
}
