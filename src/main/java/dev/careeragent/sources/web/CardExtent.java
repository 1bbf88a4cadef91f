package dev.careeragent.sources.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A card's full extent: the list found may be of an inner part of each card (the title's own block, when the whole
 * card is too long to be a candidate), so each card is widened to its largest ancestor that holds no other card of
 * the list, where its employer, place, pay and date sit beside the title.
 */
final class CardExtent {

    /** Widening stops before an ancestor with much more text than the card (a page section around one card). */
    private static final int MAX_GROWTH = 4;
    private static final int MIN_ALLOWANCE = 2000;
    private static final Set<String> PAGE = Set.of("body", "html");

    private CardExtent() {
    }

    /** An ancestor with a heading of its own (outside the card) is a section of the page ("Remote", "Milano"). */
    private static boolean headsASection(Element ancestor, Element card) {
        String own = FieldVotes.key(card.text());
        for (Element heading : ancestor.select("h1, h2, h3, h4, h5, h6")) {
            boolean ofTheCard = heading == card || heading.parents().contains(card) || card.parents().contains(heading)
                    || FieldVotes.key(heading.text()).equals(own);
            if (!ofTheCard) {
                return true;
            }
        }
        return false;
    }

    static List<Element> widen(List<Element> cards) {
        Map<Element, Integer> held = new IdentityHashMap<>();
        for (Element card : cards) {
            for (Element up = card; up != null; up = up.parent()) {
                held.merge(up, 1, Integer::sum);
            }
        }
        List<Element> out = new ArrayList<>(cards.size());
        for (Element card : cards) {
            int limit = Math.max(MIN_ALLOWANCE, card.text().length() * MAX_GROWTH);
            Element wide = card;
            for (Element up = card.parent(); up != null && held.get(up) == 1 && !PAGE.contains(up.tagName())
                    && up.text().length() <= limit && !headsASection(up, card); up = up.parent()) {
                wide = up;
            }
            out.add(wide);
        }
        return out;
    }
}
