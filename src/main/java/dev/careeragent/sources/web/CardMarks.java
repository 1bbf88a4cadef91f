package dev.careeragent.sources.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a card shows with a picture: a location pin before (or after) the place ("fa-location-dot", an icon image
 * "Location Icon") and the employer's logo named in its alt text ("Workato logo").
 */
final class CardMarks {

    private static final String PIN = "i[class*=location], i[class*=map-marker], i[class*=map-pin], i[class*=fa-map],"
            + " [class*=icon-location], [class*=location-icon], img[alt~=(?i)\\blocation\\b], img[src*=location],"
            + " img[src*=map-pin], img[src*=map-marker]";
    private static final Evaluator PINS = QueryParser.parse(PIN);
    private static final Evaluator LOGOS = QueryParser.parse("img[alt]");
    private static final Pattern LOGO_ALT = Pattern.compile("(?i)^(.{2,60}?)\\s*(?:'s)?\\s+(?:logo|로고|ロゴ)$");
    private static final int MAX_PLACE = 60;
    /** An icon's class word naming a place ("emoji--basicemoji-place2", "ic-map-pin"): letters, digits set aside. */
    private static final Pattern PLACE_ICON_WORD = Pattern.compile("(?i)(?:^|[^a-z])(?:place|location|pin|marker)\\d*(?:[^a-z]|$)");

    /** An empty element (an icon) whose class names a place. */
    private static boolean emptyPlaceIcon(Element e) {
        return e.childNodeSize() == 0 && !e.className().isEmpty() && PLACE_ICON_WORD.matcher(e.className()).find();
    }

    private CardMarks() {
    }

    static void read(Element card, FieldVotes company, FieldVotes location) {
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
            Matcher m = LOGO_ALT.matcher(img.attr("alt").strip());
            if (m.matches()) {
                company.add(m.group(1).strip(), 3);
            }
        }
    }
}
