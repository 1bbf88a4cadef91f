package dev.careeragent.sources.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A job card's title link (the link in a table's title column, naming an occupation or holding the title markup)
 * and its visible text. One instance reads one page: the candidate cards of a page nest (a list item inside a div
 * inside a section), so each card's title, each link's text and each element's visible text is worked out once and
 * remembered, instead of once per enclosing candidate and per question asked of it. The page must not change while
 * it is read.
 */
final class CardTitle {

    static final String TITLE_MARKUP = "h1, h2, h3, h4, h5, [class*=title], [class*=Title], [itemprop=title]";
    /** Text for screen readers only ("Job: ", a repeated title "with verification") or a badge, not the title. */
    static final String ASSISTIVE = "[class*=visually-hidden], [class*=visuallyhidden], [class*=sr-only],"
            + " [class*=screen-reader], [class*=assistive], [class*=a11y], [class*=offscreen],"
            + " [class*=badge], [class*=_new], [class*=-new], [class*=flag]"; // and badges ("New", "新着")
    private static final Evaluator TITLE_MARKED = QueryParser.parse(TITLE_MARKUP);
    private static final Evaluator ASSISTIVE_TEXT = QueryParser.parse(ASSISTIVE);
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    /** A link or button that acts on the job instead of naming it. */
    private static final Pattern ACTION = Pattern.compile("(?iu)^(?:apply(?: now| here)?|view(?: job| details| position)?"
            + "|details|more|read more|see more|learn more|show more|open|mehr(?: erfahren)?|details ansehen|jetzt bewerben"
            + "|postuler|voir l'offre|ver oferta|aplicar|bekijk vacature|solliciteer|ansök|sök|søg)[ .!>»→]*$");
    /** A label before the title ("Job: Research Engineer", "Position: ..."). */
    /** A title cut short on the card ("Java Developer (Spring framewor…"). */
    private static final Pattern CUT = Pattern.compile("\\s*(?:…|\\.{3})$");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:job|position|title|role|vacancy|job title)\\s*:\\s*");

    private final Map<Element, Element> links = new IdentityHashMap<>();
    private final Map<Element, String> titles = new IdentityHashMap<>();
    private final Map<Element, String> linkTexts = new IdentityHashMap<>();
    private final Map<Element, String> visibleTexts = new IdentityHashMap<>();

    Element link(Element card) {
        return links.computeIfAbsent(card, this::findLink);
    }

    private Element findLink(Element card) {
        Element cell = TableColumns.titleCell(card); // a table row's cell under "Job title", "职位名称"
        Element inCell = cell == null ? null : cell.selectFirst(LINK);
        if (inCell != null) {
            return inCell;
        }
        for (Element a : card.select(LINK)) {
            if (TextVotes.namesRole(text(a)) || a.selectFirst(TITLE_MARKED) != null) {
                return a;
            }
        }
        Element marked = card.selectFirst(TITLE_MARKED);
        Element inMarked = marked == null ? null : marked.selectFirst(LINK);
        return inMarked != null ? inMarked : firstWithText(card);
    }

    /** The card's first link with text: a logo's link before the title names nothing. */
    private Element firstWithText(Element card) {
        for (Element a : card.select(LINK)) {
            if (!text(a).isBlank()) {
                return a;
            }
        }
        return card.selectFirst(LINK);
    }

    /** Whether the text is an action on the job ("Apply now", "View job") rather than a name. */
    static boolean isAction(String text) {
        return ACTION.matcher(text).matches();
    }

    /**
     * The card's title: its title link's text, or, where the only link is an action ("Apply now", "View job"), the
     * card's first block of text (a board that makes the whole card clickable names the job in plain text).
     */
    String of(Element card) {
        return titles.computeIfAbsent(card, this::findTitle);
    }

    private String findTitle(Element card) {
        Element link = link(card);
        String text = text(link);
        if (!isAction(text)) {
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
    String text(Element link) {
        return linkTexts.computeIfAbsent(link, this::findText);
    }

    private String findText(Element link) {
        Element heading = markedTitleIn(link);
        String text = visible(heading != null ? heading : link);
        String whole = link.attr("title").strip();
        Matcher cut = CUT.matcher(text);
        if (cut.find() && whole.startsWith(text.substring(0, cut.start()))) {
            text = whole; // "Java Developer (Spring framewor…" on the card, the whole title in the link's tooltip
        }
        return LABEL.matcher(text.isBlank() ? whole : text).replaceFirst("").strip();
    }

    /**
     * The heading or title-marked element inside a link, never the link itself: a link classed "posting-title" may
     * wrap the heading and the card's meta lines ("Remote — Full time", the place) together.
     */
    static Element markedTitleIn(Element link) {
        for (Element e : link.select(TITLE_MARKED)) {
            if (e != link) {
                return e;
            }
        }
        return null;
    }

    private String visible(Element e) {
        return visibleTexts.computeIfAbsent(e, CardTitle::withoutAssistiveText);
    }

    private static String withoutAssistiveText(Element e) {
        if (e.selectFirst(ASSISTIVE_TEXT) == null) {
            return e.text();
        }
        Element shown = e.clone();
        shown.select(ASSISTIVE_TEXT).remove();
        return shown.text().isBlank() ? e.text() : shown.text();
    }
}
