package dev.careeragent.sources.web;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The heading of a job page's aside listing other postings ("Similar jobs", "Related vacancies", "More positions
 * like this", "Weitere Stellenangebote", "Offres similaires", "Altre offerte"): what follows it describes other jobs, not the page's own.
 */
public final class OtherJobsHeading {

    private static final Pattern OTHER_JOBS = Pattern.compile("(?i)(?:(?:similar|related|other|more|recommended)\\s+"
            + "(?:jobs|positions|vacancies|openings|roles|opportunities)"
            + "|(?:weitere|ähnliche|andere)\\s+(?:jobs|stellen(?:angebote|anzeigen)?|vakanzen)"
            + "|(?:autres|d'autres)\\s+(?:offres|postes|emplois)|offres similaires|postes similaires"
            + "|(?:altre|ulteriori)\\s+(?:offerte|posizioni)|offerte simili|(?:otras|más)\\s+ofertas|ofertas similares"
            + "|(?:andere|vergelijkbare|meer)\\s+vacatures|(?:andra|liknande|fler)\\s+jobb|lignende\\s+(?:job|stillinger))"
            + "(?:\\s+.{0,30})?");

    private OtherJobsHeading() {
    }

    public static boolean is(Element e) {
        return e.is("h2, h3, h4") && OTHER_JOBS.matcher(e.text().strip()).matches();
    }
}
