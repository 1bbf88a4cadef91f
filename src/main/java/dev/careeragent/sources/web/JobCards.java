package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Job cards on an unknown board by structure: at least three elements of the same kind (tag, class and parent's
 * kind, so rows of several tables or alternating "odd"/"even" rows count together), each with a link, most of them
 * job-like: a title naming an occupation, title markup ({@code job-title}), or what a job card shows beside the
 * title (a closing or posting date, an employment type, a deadline). Each card's title is its heading, its
 * title-marked element or its link; company and location come from the card's naming markup and place-like lines.
 */
public final class JobCards {

    private static final int FEW_CARDS = 10;
    /** A card's place column: class "town", "city", "place" (a place column's header is also its class). */
    private static final Pattern PLACE_CELL = Pattern.compile("(?i)(?:^|\\s)(?:town|city|place|ort|stad|location)(?:\\s|$)");

    private final PostingNormalizer normalizer;

    public JobCards(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<JobPosting> read(Document doc, String baseUrl) {
        List<Element> best = CardGroups.best(doc);
        if (best.size() < FEW_CARDS && !ListingSignals.fewCardsAreTheListing(best, doc)) {
            return List.of(); // a job page with a short list beside it (similar jobs, a menu of links)
        }
        List<JobPosting> out = new ArrayList<>();
        for (Element card : best) {
            out.add(normalizer.normalize(card(card), baseUrl));
        }
        return out;
    }

    private static RawPosting card(Element card) {
        Element link = CardTitle.link(card);
        String titleText = CardTitle.text(link);
        FieldVotes company = new FieldVotes();
        FieldVotes location = new FieldVotes();
        Document one = Document.createShell("");
        one.body().appendChild(card.clone());
        MarkerVotes.read(one, new FieldVotes(), company, location);
        for (Element e : card.getAllElements()) {
            String own = e.ownText().strip();
            if (TextVotes.PLACE.matcher(own).matches() && PlaceCheck.canBePlace(own)) {
                location.add(own, 2);
            }
            if (!own.isEmpty() && PlaceCheck.canBePlace(own) && PLACE_CELL.matcher(e.className()).find()) {
                location.add(own, 3);
            }
        }
        String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
        return new RawPosting(JsonLdJobParser.SOURCE).url(href).title(FieldVotes.clean(titleText))
                .company(company.best(v -> !FieldVotes.key(v).equals(FieldVotes.key(titleText))).orElse(null))
                .location(location.best(v -> true).orElse(null));
    }
}
