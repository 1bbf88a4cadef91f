package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Job cards on an unknown board: the page's repeated job-like structure ({@link CardGroups}), kept when it is the
 * page's content ({@link ListingSignals} for fewer than ten cards). Each card gives its title ({@link CardTitle}),
 * link, employer (naming markup, table columns, a subtitle, "Acme is hiring"), place (a place column or label,
 * place-like lines, never the title), and the pay and posting date it shows.
 */
public final class JobCards {

    private static final int FEW_CARDS = 10;
    /**
     * A card's place column: class "town", "city", "place" (a place column's header is also its class), also run into
     * the next word of a CSS-module or camel-case class ("jobCard_locationIcon__zr2", "jobLocation").
     */
    private static final Pattern PLACE_CELL = Pattern.compile("(?:^|[\\s_-]|(?<=\\p{Ll})(?=\\p{Lu}))"
            + "(?i:town|city|place|ort|stad|location|area|address)(?:[\\s_-]|$|(?=\\p{Lu}))"); // "jobCard_locationIcon"
    /** A labelled place without a colon ("Study location Eskilstuna", "Location Berlin"). */
    private static final Pattern PLACE_LABEL = Pattern.compile("(?i)^(?:[\\p{L} ]{0,20}\\s)?location:?\\s+(.{2,60})$");
    /** A place label whose value is the next element ("<span>Study location</span><span>Eskilstuna</span>"). */
    private static final Pattern PLACE_WORD = Pattern.compile("(?i)^(?:[\\p{L}]+\\s)?(?:location|place|city|ort|plats):?$");
    /** A work mode after the place ("New York, NY (Remote)"). */
    private static final Pattern WORK_MODE = Pattern.compile("(?i)\\s*\\((?:remote|hybrid|on-?site)\\)$");
    /** "Acme is hiring ...", "Acme (YC W19) Is Hiring": the card names its employer in the title. */
    private static final Pattern HIRING = Pattern.compile("(?i)^(?<c>[^()]{2,60}?)\\s*(?:\\([^)]{1,30}\\))?\\s+(?:is\\s+|are\\s+)?hiring\\b");
    /** When a card says it was posted ("3 hours ago", "Published: 27 November 2025", "Posted 2025-11-30"). */
    private static final Pattern POSTED = Pattern.compile("(?i)\\b(?:\\d+|an?)\\s+(?:minute|hour|day|week|month)s?\\s+ago\\b"
            + "|^(?:posted|published|date posted)\\b:?\\s*\\S");
    private static final Pattern LOGO = Pattern.compile("(?i)\\s+logo$");
    private static final String TITLE_MARK = "data-card-title";
    /** Flags shown beside a place ("Amsterdam - Netherlands 🇳🇱"). */
    private static final Pattern FLAGS = Pattern.compile("[\\x{1F1E6}-\\x{1F1FF}]+");
    /** A work mode alone ("Remote", "Hybrid Remote"): weaker than a place that names where. */
    private static final Pattern BARE_WORK_MODE = Pattern.compile("(?i)^(?:(?:full|fully|hybrid|partly) )?(?:remote|hybrid|on-?site)$");
    /** A short run of place names joined by dashes or commas, without digits ("Atlanta, Georgia - United States"). */
    private static final Pattern PLACE_CHIP = Pattern.compile("^\\p{L}[\\p{L} .,'’()-]{2,70}$");

    private final PostingNormalizer normalizer;

    public JobCards(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<JobPosting> read(Document doc, String baseUrl) {
        CardTitle titles = new CardTitle();
        List<Element> best = CardGroups.best(doc, titles);
        if (best.size() < FEW_CARDS && !ListingSignals.fewCardsAreTheListing(best, doc, titles)) {
            return List.of(); // a job page with a short list beside it (similar jobs, a menu of links)
        }
        List<JobPosting> out = new ArrayList<>();
        for (Element card : best) {
            out.add(normalizer.normalize(card(card, titles), baseUrl));
        }
        return out;
    }

    private static RawPosting card(Element card, CardTitle titles) {
        Element link = titles.link(card);
        String titleText = titles.of(card);
        String titleKey = FieldVotes.key(titleText);
        FieldVotes company = new FieldVotes();
        FieldVotes location = new FieldVotes();
        MarkerVotes.read(withoutTitle(card, link, titleKey), new FieldVotes(), company, location);
        TableColumns.read(card, company, location);
        CardMarks.read(card, titleKey, company, location);
        CardEmployer.read(card, link, titleKey, company);
        MetaLineFields.read(card, titleKey, location);
        for (Element weak : card.select("[class*=subtitle], [class*=department]")) {
            if (!weak.text().isBlank() && weak.text().length() <= 80) {
                company.add(weak.text(), 1);
            }
        }
        Matcher hiring = HIRING.matcher(titleText);
        if (hiring.find()) {
            company.add(hiring.group("c"), 2);
        }
        String pay = null;
        String posted = null;
        for (Element e : card.getAllElements()) {
            String own = WORK_MODE.matcher(FLAGS.matcher(e.ownText()).replaceAll("").strip()).replaceFirst("");
            if (own.isEmpty() || FieldVotes.key(own).equals(titleKey)) {
                continue;
            }
            CardLabels.read(e, company, location);
            if (pay == null && own.length() <= 80 && CardHints.PAY.matcher(own).find()) {
                pay = own;
            }
            if (posted == null && own.length() <= 60 && POSTED.matcher(own).find()) {
                posted = own;
            }
            Element next = e.nextElementSibling();
            if (next != null && PLACE_WORD.matcher(own).matches() && PlaceCheck.canBePlace(next.text())) {
                location.add(next.text(), 3);
            }
            Matcher labelled = PLACE_LABEL.matcher(own);
            if (labelled.matches() && PlaceCheck.canBePlace(labelled.group(1))) {
                location.add(labelled.group(1), 3);
            } else if (BARE_WORK_MODE.matcher(own).matches()) {
                location.add(own, 1); // a "Remote" badge is weaker than "Remote - Europe" or "Amsterdam - Netherlands"
            } else if (TextVotes.PLACE.matcher(own).matches() && PlaceCheck.canBePlace(own)) {
                location.add(own, 2);
            } else if (placeList(own)) {
                location.add(own.substring(0, own.indexOf(';')).strip(), 2); // the first of "City, ST; City, ST"
            } else if (PLACE_CHIP.matcher(own).matches() && PlaceCheck.canBePlace(own)
                    && PlaceCheck.namesPlace(own.replaceAll("(?i)\\bremote\\b", ""))) {
                location.add(own, 2); // "Amsterdam - Netherlands", "Netherlands - Spain"
            }
            if (PlaceCheck.canBePlace(own) && PLACE_CELL.matcher(e.className()).find()) {
                location.add(own, 3);
            }
        }
        location.best(v -> true).ifPresent(place -> CardEmployer.besidePlace(card, place, titleKey, company));
        String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
        String employer = company.best(v -> !FieldVotes.key(v).equals(titleKey)).map(v -> LOGO.matcher(v).replaceFirst(""))
                .orElse(null);
        String employerKey = FieldVotes.key(employer == null ? "" : employer);
        PlaceAfterEmployer.read(card, employerKey, titleKey, location);
        return new RawPosting(JsonLdJobParser.SOURCE).url(href).title(FieldVotes.clean(titleText)).salaryText(pay)
                .postedText(posted == null ? null : posted.replaceFirst("(?i)^(?:date posted|posted|published)\\b:?\\s*", ""))
                .company(employer)
                .location(location.best(v -> !FieldVotes.key(v).equals(employerKey)).orElse(null)); // never the employer
    }
    /** Places separated by semicolons ("New York, NY, USA; Miami, FL, USA"). */
    private static boolean placeList(String own) {
        String[] parts = own.split("\\s*;\\s*");
        return parts.length > 1 && own.length() <= 160
                && Arrays.stream(parts).allMatch(p -> TextVotes.PLACE.matcher(p).matches() && PlaceCheck.canBePlace(p));
    }

    /**
     * The card on its own, without its title and badges: an element marked as the employer that also holds the title
     * link and a "New" badge ("New Data Engineer<br>Acme Ltd") names the employer by what is left.
     */
    private static Document withoutTitle(Element card, Element link, String titleKey) {
        Element heading = CardTitle.markedTitleIn(link);
        Element title = heading != null ? heading : link;
        boolean onlyTitle = FieldVotes.key(title.text()).equals(titleKey);
        if (onlyTitle) {
            title.attr(TITLE_MARK, "");
        }
        Document one = Document.createShell("");
        one.body().appendChild(card.clone());
        title.removeAttr(TITLE_MARK);
        one.select("[" + TITLE_MARK + "], " + CardTitle.ASSISTIVE).remove();
        return one;
    }

}
