package dev.careeragent.sources.web;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a short list of job cards (fewer than ten) is what the page is, rather than a job page's "similar jobs"
 * or menu beside its posting: the cards are most of the page's text, the page calls itself a list of jobs in its
 * title or first heading ("Current vacancies", "Open positions", "23 results", "Showing 1 - 6 job of 42", "求人"),
 * or one card is the job open beside the list (a two-pane search page shows the selected card's posting under the
 * same title).
 */
final class ListingSignals {

    private static final Pattern LIST_WORDS = Pattern.compile("(?iu)\\b(?:vacancies|job openings|open positions"
            + "|current openings|job opportunities|open roles|job listings|search results|job search"
            + "|lediga (?:jobb|tjänster|anställningar)|stellenangebote|offres d'emploi|vacatures|ofertas de empleo"
            + "|\\d[\\d,.]*\\+? (?:jobs?|results?|positions?|vacancies|openings?|hits))\\b|求人|招聘");

    private ListingSignals() {
    }

    static boolean fewCardsAreTheListing(List<Element> cards, Document doc, CardTitle titles) {
        if (cards.isEmpty() || doc.body() == null) {
            return false;
        }
        int cardText = cards.stream().mapToInt(c -> c.text().length()).sum();
        return cardText * 3 >= doc.body().text().length() || callsItselfAList(doc) || oneCardIsOpen(cards, doc, titles);
    }

    private static boolean callsItselfAList(Document doc) {
        Element h1 = doc.selectFirst("h1, h2");
        return LIST_WORDS.matcher(doc.title()).find() || h1 != null && LIST_WORDS.matcher(h1.text()).find();
    }

    private static boolean oneCardIsOpen(List<Element> cards, Document doc, CardTitle titles) {
        for (Element heading : doc.select("h1, h2")) {
            String key = FieldVotes.key(heading.text());
            if (key.isEmpty() || cards.stream().anyMatch(c -> c == heading || heading.parents().contains(c))) {
                continue;
            }
            for (Element card : cards) {
                if (key.equals(FieldVotes.key(titles.of(card)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
