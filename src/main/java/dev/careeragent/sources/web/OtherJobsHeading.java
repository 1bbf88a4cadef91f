package dev.careeragent.sources.web;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The heading of a job page's aside listing other postings ("Similar jobs", "Related vacancies", "More positions
 * like this"): what follows it describes other jobs, not the page's own.
 */
public final class OtherJobsHeading {

    private static final Pattern OTHER_JOBS = Pattern.compile("(?i)(?:similar|related|other|more|recommended)\\s+"
            + "(?:jobs|positions|vacancies|openings|roles|opportunities)(?:\\s+.{0,30})?");

    private OtherJobsHeading() {
    }

    public static boolean is(Element e) {
        return e.is("h2, h3, h4") && OTHER_JOBS.matcher(e.text().strip()).matches();
    }
}
