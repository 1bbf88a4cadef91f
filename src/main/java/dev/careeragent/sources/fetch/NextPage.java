package dev.careeragent.sources.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the next results page is, given what has been read so far; empty when there is none. */
@FunctionalInterface
public interface NextPage {

    Optional<URI> after(URI current, int pagesDone, int itemsSoFar);

    /** Offset paging by items read, e.g. LinkedIn's guest search {@code start=0,25,50..}. */
    static NextPage offsetByItems(String parameter) {
        return (current, pages, items) -> Optional.of(withQueryParameter(current, parameter, Integer.toString(items)));
    }

    /** Offset paging by a fixed page size, e.g. {@code start=0,10,20..}. */
    static NextPage offsetByPages(String parameter, int pageSize) {
        return (current, pages, items) -> Optional.of(
                withQueryParameter(current, parameter, Integer.toString(pages * pageSize)));
    }

    /** Numbered pages, e.g. {@code page=1,2,3..} (the first URL is page {@code first}). */
    static NextPage numbered(String parameter, int first) {
        return (current, pages, items) -> Optional.of(
                withQueryParameter(current, parameter, Integer.toString(first + pages)));
    }

    /** The URL with one query parameter set (added or replaced); other parameters keep their order. */
    static URI withQueryParameter(URI url, String name, String value) {
        List<String> parts = new ArrayList<>();
        String query = url.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String part : query.split("&")) {
                if (!part.equals(name) && !part.startsWith(name + "=")) {
                    parts.add(part);
                }
            }
        }
        parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        String base = url.toString();
        int cut = base.indexOf('?');
        int fragment = base.indexOf('#');
        String head = cut >= 0 ? base.substring(0, cut) : fragment >= 0 ? base.substring(0, fragment) : base;
        return URI.create(head + "?" + String.join("&", parts));
    }
}
