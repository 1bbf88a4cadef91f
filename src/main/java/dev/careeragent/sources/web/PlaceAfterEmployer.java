package dev.careeragent.sources.web;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A card's meta line that gives the employer and then, in the next element, where the job is ("Fio banka, a.s." |
 * "Praha – Nové Město"): the item right after the employer's name is its place when it reads as a place name
 * (words without digits, not pay, a date or a kind of employment). Weaker than anything that says it is a place.
 */
final class PlaceAfterEmployer {

    /** A place name: letters, spaces, the marks between a town and its district, a district's number ("Praha 4"). */
    private static final Pattern PLACE_NAME = Pattern.compile("^\\p{Lu}[\\p{L} .,'’()–—-]{1,60}(?: \\d{1,2})?$");
    private static final double WEIGHT = 1.5;

    private PlaceAfterEmployer() {
    }

    static void read(Element card, String employerKey, String titleKey, FieldVotes location) {
        String key = employerKey;
        if (key.isEmpty()) {
            return;
        }
        for (Element e : card.getAllElements()) {
            if (e == card || !FieldVotes.key(e.text()).equals(key)) {
                continue;
            }
            Element slot = e;
            while (slot.parent() != null && slot.parent() != card && FieldVotes.key(slot.parent().text()).equals(key)) {
                slot = slot.parent(); // the name's own item of the line ("<li><span>Acme</span></li>")
            }
            Element next = slot.nextElementSibling();
            String place = next == null ? "" : next.text().strip();
            if (PLACE_NAME.matcher(place).matches() && PlaceCheck.canBePlace(place) && !CardHints.jobLike(place)
                    && !FieldVotes.key(place).equals(titleKey)) {
                location.add(place, WEIGHT);
            }
            return;
        }
    }
}
