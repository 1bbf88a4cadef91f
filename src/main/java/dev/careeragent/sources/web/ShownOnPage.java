package dev.careeragent.sources.web;

import org.jsoup.nodes.Document;

/**
 * Whether the page shows a structured-data value to its reader. A JobPosting title or town that appears nowhere in
 * the visible text of a page that has one is a leftover of another posting (a copied template, a shared office
 * address), so what the page shows wins over it.
 */
public final class ShownOnPage {

    /** Below this much visible text the page is structured data only, and the structured data is all there is. */
    private static final int MIN_TEXT = 200;

    private final String text;
    private final boolean heading;

    public ShownOnPage(Document doc) {
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
}
