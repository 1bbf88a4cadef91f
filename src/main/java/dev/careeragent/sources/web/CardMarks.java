package dev.careeragent.sources.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a card shows with a picture: a location pin before (or after) the place ("fa-location-dot", an icon image
 * "Location Icon") and the employer's logo named in its alt text ("Workato logo", or a name the card also shows).
 */
final class CardMarks {

    private static final String PIN = "i[class*=location], i[class*=map-marker], i[class*=map-pin], i[class*=fa-map],"
            + " [class*=icon-location], [class*=location-icon], img[alt~=(?i)\\blocation\\b], img[src*=location],"
            + " img[src*=map-pin], img[src*=map-marker]";
    private static final Evaluator PINS = QueryParser.parse(PIN);
    private static final Evaluator LOGOS = QueryParser.parse("img[alt]");
    private static final Evaluator FORM_FIELD = QueryParser.parse("input, select, textarea, button, meta, param");
    private static final Pattern LOGO_ALT = Pattern.compile("(?i)^(.{2,60}?)\\s*(?:'s)?\\s+(?:logo|로고|ロゴ)$");
    private static final int MAX_PLACE = 60;
    private static final int MAX_NAME = 80;
    /** An icon's class word naming a place ("emoji--basicemoji-place2", "ic-map-pin"): letters, digits set aside. */
    private static final Pattern PLACE_ICON_WORD = Pattern.compile("(?i)(?:^|[^a-z])(?:place|location|pin|marker)\\d*(?:[^a-z]|$)");

    /** An empty element (an icon) whose class, or icon-font name ({@code <i name="location">}), names a place. */
    private static boolean emptyPlaceIcon(Element e) {
        String names = e.className() + " " + e.attr("name") + " " + e.attr("data-icon");
        return e.childNodeSize() == 0 && !names.isBlank() && !e.is(FORM_FIELD) && PLACE_ICON_WORD.matcher(names).find();
    }

    private CardMarks() {
    }

    static void read(Element card, String titleKey, FieldVotes company, FieldVotes location) {
        for (Element pin : card.getAllElements()) {
            if (!pin.is(PINS) && !emptyPlaceIcon(pin)) {
                continue;
            }
            Element holder = pin.parent();
            for (int up = 0; up < 2 && holder != null && holder != card && holder.text().isBlank(); up++) {
                holder = holder.parent(); // the icon sits in a box of its own beside the place
            }
            String place = holder == null ? "" : holder.text().strip();
            if (!place.isEmpty() && place.length() <= MAX_PLACE && PlaceCheck.canBePlace(place)) {
                location.add(place, 4);
            }
        }
        for (Element img : card.select(LOGOS)) {
            String alt = img.attr("alt").strip();
            Matcher m = LOGO_ALT.matcher(alt);
            if (m.matches()) {
                company.add(m.group(1).strip(), 3);
            } else if (namedBeside(card, alt, titleKey)) {
                company.add(alt, 3);
            }
        }
    }

    /**
     * A picture whose alt text is also a line of the card, other than its title or a place ("Hermès" under the
     * logo "Hermès"): the logo and the name beside it are the employer's.
     */
    private static boolean namedBeside(Element card, String alt, String titleKey) {
        String key = FieldVotes.key(alt);
        if (alt.length() < 2 || alt.length() > MAX_NAME || key.equals(titleKey) || PlaceCheck.namesPlace(alt)) {
            return false;
        }
        for (Element e : card.getAllElements()) {
            if (e.ownText().length() <= MAX_NAME && FieldVotes.key(e.ownText()).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
