package dev.careeragent.sources;

import dev.careeragent.sources.fetch.PageParser;
import java.util.List;
import org.jsoup.Jsoup;

/** A trivial stand-in for the real LinkedIn parser: the job ids of a guest search page's cards. */
public final class LinkedInCards {

    private LinkedInCards() {
    }

    public static PageParser<List<String>> parser() {
        return (body, url) -> Jsoup.parse(body, url.toString()).select(".base-card").stream()
                .map(card -> card.attr("data-entity-urn"))
                .toList();
    }

    /** How many cards the page has, counted independently of the parser (by the posting URNs). */
    public static long countIn(String html) {
        return Jsoup.parse(html).select("[data-entity-urn^=urn:li:jobPosting:]").size();
    }
}
