package dev.careeragent.sources.web;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** A job card's title link (the link naming an occupation or holding the title markup) and its visible text. */
final class CardTitle {

    static final String TITLE_MARKUP = "h1, h2, h3, h4, h5, [class*=title], [class*=Title], [itemprop=title]";
    /** Text for screen readers only ("Job: ", a repeated title "with verification") or a badge, not the title. */
    static final String ASSISTIVE = "[class*=visually-hidden], [class*=visuallyhidden], [class*=sr-only],"
            + " [class*=screen-reader], [class*=assistive], [class*=a11y], [class*=offscreen],"
            + " [class*=badge], [class*=_new], [class*=-new], [class*=flag]"; // and badges ("New", "新着")
    /** A label before the title ("Job: Research Engineer", "Position: ..."). */
    /** A link or button that acts on the job instead of naming it. */
    private static final Pattern ACTION = Pattern.compile("(?iu)^(?:apply(?: now| here)?|view(?: job| details| position)?"
            + "|details|more|read more|see more|learn more|show more|open|mehr(?: erfahren)?|details ansehen|jetzt bewerben"
            + "|postuler|voir l'offre|ver oferta|aplicar|bekijk vacature|solliciteer|ansök|sök|søg)[ .!>»→]*$");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:job|position|title|role|vacancy|job title)\\s*:\\s*");

    private CardTitle() {
    }

    static Element link(Element card) {
        for (Element a : card.select("a[href]")) {
            if (TextVotes.namesRole(text(a)) || a.selectFirst(TITLE_MARKUP) != null) {
                return a;
            }
        }
        Element marked = card.selectFirst(TITLE_MARKUP);
        Element inMarked = marked == null ? null : marked.selectFirst("a[href]");
        return inMarked != null ? inMarked : card.selectFirst("a[href]");
    }

    /**
     * The card's title: its title link's text, or, where the only link is an action ("Apply now", "View job"), the
     * card's first block of text (a board that makes the whole card clickable names the job in plain text).
     */
    static String of(Element card) {
        Element link = link(card);
        String text = text(link);
        if (!ACTION.matcher(text).matches()) {
            return text;
        }
        for (Element e : card.getAllElements()) {
            String own = e.ownText().strip();
            if (!own.isEmpty() && e.closest("a, button") == null && !ACTION.matcher(own).matches()) {
                return visible(e);
            }
        }
        return text;
    }

    /** The heading or title-marked text inside the card's title link, else the link's visible text. */
    static String text(Element link) {
        Element heading = link.selectFirst(TITLE_MARKUP);
        String text = visible(heading != null ? heading : link);
        return LABEL.matcher(text.isBlank() ? link.attr("title") : text).replaceFirst("").strip();
    }

    private static String visible(Element e) {
        if (e.selectFirst(ASSISTIVE) == null) {
            return e.text();
        }
        Element shown = e.clone();
        shown.select(ASSISTIVE).remove();
        return shown.text().isBlank() ? e.text() : shown.text();
    }
}
