package dev.careeragent.sources.web;

import java.util.regex.Pattern;

/**
 * A job title wrapped in the phrase of the section it heads: "Job Description for Infrastructure Support Engineer",
 * "Vacancy: Payroll Officer", "Production Associate Tasks Include:", "Bioinformatician Job Description" name the job
 * inside them.
 */
final class TitleWrapping {

    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:(?:job|position|role)\\s+)?(?:description|posting|opening"
            + "|advert(?:isement)?|profile)\\s+(?:for|of)\\s+(?:an?\\s+|the\\s+)?|(?:vacancy|position|job title|opening)\\s*[:：]\\s*)");
    private static final Pattern TAIL = Pattern.compile("(?i)\\s+(?:(?:job\\s+)?(?:desc\\w*|posting|advert\\w*|opening)"
            + "|(?:main\\s+|key\\s+)?(?:tasks|duties|responsibilities)\\s+(?:include|are)\\b)\\s*:?$");

    private TitleWrapping() {
    }

    /** The job inside the wrapping phrase, or the title itself when nothing of a job would be left. */
    static String core(String title) {
        if (title == null) {
            return null;
        }
        String core = TAIL.matcher(LEAD.matcher(title.strip()).replaceFirst("")).replaceFirst("").strip();
        return core.length() >= 3 ? core : title;
    }
}
