package dev.careeragent.sources.web;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Employer evidence a job card gives without employer markup: a link to the employer's own page on the board
 * ("/jobs/company-acme-3d91a/", "/careers/acme-egypt-1438", "/cmp/acme"), a class abbreviating "company name"
 * ({@code comp-name}, {@code jobCard_cName__x1}) and a name marked to be left untranslated
 * ({@code <span translate="no">Fio banka, a.s.</span>}).
 */
final class CardEmployer {

    /** A path segment naming the board's page of an employer. */
    private static final Pattern EMPLOYER_PAGE = Pattern.compile("(?i)^(?:company|companies|employer|employers|cmp"
            + "|careers|empresa|empresas|firma|firmen|unternehmen|entreprise|entreprises)(?:[-_][\\w-]+)?$");
    private static final Pattern ABBREVIATED = Pattern.compile("(?i)comp[-_]?name|(?:^|[\\s_-])cname(?:[\\s_-]|$)");
    /** A separator left after the employer ("Acme -" before the place). */
    private static final Pattern TRAILING = Pattern.compile("\\s*[-–—|·:,]+$");
    private static final Pattern JOB_WORDS = Pattern.compile("(?i)\\b(?:jobs?|careers?|vacanc(?:y|ies)|openings?)\\b");
    private static final int MAX_NAME = 80;
    /** The mark between a name and a place on one line ("Acme • Berlin", "Acme · Milan"). */
    private static final Pattern BESIDE = Pattern.compile("\\s+[•·|]\\s+");

    private CardEmployer() {
    }

    /** Votes for the employer named by a link to its page or by an abbreviated "company name" class. */
    static void read(Element card, Element titleLink, String titleKey, FieldVotes company) {
        String titleHref = titleLink.attr("href");
        for (Element a : card.select("a[href]")) {
            String text = name(a.text());
            if (!a.attr("href").equals(titleHref) && toEmployerPage(a.attr("href")) && acceptable(text, titleKey)
                    && !JOB_WORDS.matcher(text).find()) {
                company.add(text, 3);
            }
        }
        for (Element e : card.getAllElements()) {
            if (ABBREVIATED.matcher(e.className()).find() && acceptable(name(e.text()), titleKey)) {
                company.add(name(e.text()), 3);
            } else if (e != card && e.attr("translate").equals("no") && acceptable(name(e.text()), titleKey)
                    && !PlaceCheck.namesPlace(e.text())) {
                company.add(name(e.text()), 2); // a name the page asks translators to leave alone
            }
        }
    }

    /**
     * A line "Name • Place" whose second part is the card's place ("Ultra Tendency • Berlin, Germany" under the
     * title): its first part, unless it is pay, a date or the kind of employment, names the employer.
     */
    static void besidePlace(Element card, String place, String titleKey, FieldVotes company) {
        String placeKey = FieldVotes.key(place);
        for (Element e : card.getAllElements()) {
            String[] parts = e.text().length() > MAX_NAME * 2 ? new String[0] : BESIDE.split(e.text().strip());
            if (parts.length == 2 && FieldVotes.key(parts[1]).equals(placeKey) && acceptable(parts[0], titleKey)
                    && !FieldVotes.key(parts[0]).contains(titleKey) // the whole card, title and all, is no name
                    && !CardHints.jobLike(parts[0]) && !PlaceCheck.namesPlace(parts[0])) {
                company.add(parts[0].strip(), 2);
                return;
            }
        }
    }

    private static boolean acceptable(String text, String titleKey) {
        return text.length() >= 2 && text.length() <= MAX_NAME && !FieldVotes.key(text).equals(titleKey)
                && !CardTitle.isAction(text);
    }

    private static String name(String text) {
        return TRAILING.matcher(text.strip()).replaceFirst("").strip();
    }

    private static boolean toEmployerPage(String href) {
        String path = href.replaceFirst("^[a-zA-Z][\\w+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        for (String segment : path.split("/")) {
            if (EMPLOYER_PAGE.matcher(segment).matches()) {
                return true;
            }
        }
        return false;
    }
}
