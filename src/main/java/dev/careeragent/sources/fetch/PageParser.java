package dev.careeragent.sources.fetch;

import java.net.URI;

/**
 * A pure function from a fetched document to what a source wants from it (postings, a detail,
 * a next-page link). Parsers never fetch; {@link PoliteFetcher} hands them the body and the final URL.
 */
@FunctionalInterface
public interface PageParser<T> {

    T parse(String body, URI url);
}
