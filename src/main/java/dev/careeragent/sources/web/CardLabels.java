package dev.careeragent.sources.web;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A card's labelled fields where the label is an element of its own and the value the text after it
 * ("<b>Recruiter:</b> Diabetes UK<br><b>Location:</b> Weybridge"): the employer and place labels of
 * {@link LabelVotes}, plus who a board names as a card's advertiser ("Recruiter", "Posted by").
 */
final class CardLabels {

    private static final Set<String> ADVERTISER = Set.of("recruiter", "posted by", "advertiser", "hiring company");
    private static final Pattern VALUE_START = Pattern.compile("^[:：-]\\s*");
    private static final int MAX_LABEL = 30;
    private static final int MAX_VALUE = 80;

    private CardLabels() {
    }

    static void read(Element e, FieldVotes company, FieldVotes location) {
        String own = e.ownText().strip();
        if (own.isEmpty() || own.length() > MAX_LABEL || e.childrenSize() > 0) {
            return;
        }
        boolean employer = LabelVotes.companyLabel(own) || ADVERTISER.contains(LabelVotes.labelKey(own));
        boolean place = !employer && LabelVotes.isLocationLabel(own);
        if (!employer && !place) {
            return;
        }
        String value = textAfter(e);
        if (value.isEmpty() || value.length() > MAX_VALUE) {
            return;
        }
        if (employer) {
            company.add(value, 4);
        } else if (PlaceCheck.canBePlace(value)) {
            location.add(value, 4);
        }
    }

    /** The text right after the label, up to the next line break or element. */
    private static String textAfter(Element label) {
        StringBuilder out = new StringBuilder();
        for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
            if (!(n instanceof TextNode t)) {
                break;
            }
            out.append(t.text());
        }
        return VALUE_START.matcher(out.toString().strip()).replaceFirst("");
    }
}
