package dev.careeragent.sources.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether the page shows a structured-data value to its reader. A JobPosting title or town that appears nowhere in
 * the visible text of a page that has one is a leftover of another posting (a copied template, a shared office
 * address), so what the page shows wins over it.
 */
public final class ShownOnPage {

    /** Below this much visible text the page is structured data only, and the structured data is all there is. */
    private static final int MIN_TEXT = 200;

    /** Elements a template marks as holding the job's place. */
    private static final String PLACE_MARKED = "[class*=location], [id*=location], [data-automation*=location],"
            + " [data-testid*=location], [data-test*=location], [data-qa*=location], [itemprop=jobLocation]";

    private final Document doc;
    private final String text;
    private final boolean heading;

    public ShownOnPage(Document doc) {
        this.doc = doc;
        String body = doc.body() == null ? "" : FieldVotes.key(doc.body().text());
        text = body.length() < MIN_TEXT ? null : " " + body + " ";
        heading = doc.selectFirst("h1:matchesOwn(\\S)") != null;
    }

    /**
     * The whole title is in the page's text, or the page has too little text to tell, or no main heading of its own
     * to show the title by (a fragment whose title is only in its structured data).
     */
    public boolean showsTitle(String title) {
        return text == null || title == null || !heading || contains(title);
    }

    /** The place's first part (its town) is in the page's text, or the page has too little text to tell. */
    public boolean showsPlace(String place) {
        return text == null || place == null || contains(place.split("[,(]")[0]);
    }

    private boolean contains(String value) {
        String k = FieldVotes.key(value);
        return k.isEmpty() || text.contains(" " + k + " ");
    }

    /**
     * The place as the page shows it when the page is more precise than its structured data: a marked place line that
     * ends with the structured town and names a place within it ("Manila City, Metro Manila" for the structured
     * "Metro Manila, Philippines"); else the structured place.
     */
    public String finerPlace(String place) {
        if (place == null || text == null) {
            return place;
        }
        String town = FieldVotes.key(place.split("[,(]")[0]);
        for (Element e : doc.select(PLACE_MARKED)) {
            String shown = e.text().strip();
            String k = FieldVotes.key(shown);
            if (!town.isEmpty() && shown.length() <= 80 && k.endsWith(" " + town) && TextVotes.isPlaceLine(shown)) {
                return shown;
            }
        }
        return place;
    }
}
