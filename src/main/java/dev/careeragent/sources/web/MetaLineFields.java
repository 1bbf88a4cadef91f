package dev.careeragent.sources.web;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A card's meta line of fields between bullets ("Engineering • Berlin, Germany; Remote • Full time", "Sales · London
 * · Permanent"): the field that names a place gives the card's place, the first of a list of places ("Worldwide |
 * Remote, Nigeria | Lagos, Kenya" gives "Worldwide | Remote").
 */
final class MetaLineFields {

    private static final Pattern BULLET = Pattern.compile("\\s+[•·]\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern STATE = Pattern.compile("^[A-Z]{2}\\b.*");

    private MetaLineFields() {
    }

    static void read(Element card, String titleKey, FieldVotes location) {
        for (Element e : card.getAllElements()) {
            String own = e.ownText().strip();
            String[] fields = BULLET.split(own);
            if (fields.length < 2 || FieldVotes.key(own).contains(titleKey)) {
                continue;
            }
            for (String field : fields) {
                String place = firstPlace(field);
                if (PlaceCheck.canBePlace(place) && PlaceCheck.namesPlace(place) && !CardHints.jobLike(place)) {
                    location.add(place, 2);
                    return;
                }
            }
        }
    }

    /**
     * The first place of a field: before a semicolon ("Lisbon, Portugal; Madrid, Spain"); where a place's parts are
     * set apart by bars, before a comma ("Worldwide | Remote, Kenya | Nairobi"), keeping the state code that follows
     * its town ("USA | Alpharetta, GA | On-Site, Canada"); else the whole field ("Lisbon, Portugal").
     */
    private static String firstPlace(String field) {
        String f = field.strip();
        int semicolon = f.indexOf(';');
        if (semicolon > 0) {
            return f.substring(0, semicolon).strip();
        }
        if (!f.contains(" | ")) {
            return f;
        }
        String[] items = COMMA.split(f, 3);
        return items.length > 1 && STATE.matcher(items[1]).matches() ? items[0] + ", " + items[1].substring(0, 2) : items[0];
    }
}
