package dev.careeragent.sources.hackernews;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.sources.ApiSource;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.fetch.FetchException;
import dev.careeragent.sources.fetch.PoliteFetcher;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The latest "Ask HN: Who is hiring?" thread through the HN Search API by Algolia: first the newest story by
 * the whoishiring account, then its comments matching the keywords ({@code tags=comment,story_<id>}), 100 a page.
 * Algolia allows 10,000 requests an hour; Career Agent makes a few per run, a second apart.
 */
public final class HackerNewsSource extends ApiSource {

    public static final String ID = HnHiringParser.SOURCE;
    public static final String DEFAULT_BASE = "https://hn.algolia.com/";
    public static final String ATTRIBUTION = "From Hacker News \"Who is hiring?\" (https://news.ycombinator.com), "
            + "searched with the HN Search API by Algolia";

    public HackerNewsSource(SourcePolicy policy, PostingNormalizer normalizer, Clock clock) {
        super(policy, new HnHiringParser(normalizer), clock, ATTRIBUTION);
    }

    @Override
    protected PageUrls pages(SearchCriteria criteria, PoliteFetcher fetcher) {
        URI stories = policy().url("/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=10");
        String story = fetcher.fetch(stories, (body, url) -> latestHiringStory(Json.read(body, "Hacker News (Algolia)"), url));
        String query = criteria.keywords().isEmpty() ? "" : "&query=" + encode(criteria.keywords());
        return index -> Optional.of(policy().url("/api/v1/search?tags=comment,story_" + story + query
                + "&hitsPerPage=100&page=" + index));
    }

    private String latestHiringStory(JsonNode answer, URI url) {
        JsonNode hits = answer.get("hits");
        if (hits != null) {
            for (JsonNode hit : hits) {
                String title = Json.text(hit, "title");
                if (title != null && title.toLowerCase(Locale.ROOT).contains("who is hiring")) {
                    return Json.text(hit, "objectID");
                }
            }
        }
        throw new FetchException(FetchException.Kind.HTTP_ERROR, id(), url, 200, "No recent \"Ask HN: Who is hiring?\" "
                + "thread was found on Hacker News. It is posted on the first weekday of each month; try again later.",
                null);
    }
}
