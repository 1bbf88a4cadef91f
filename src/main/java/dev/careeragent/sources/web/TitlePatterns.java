package dev.careeragent.sources.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's own summary lines say: the document title, og:title and the meta description, read with the
 * phrasings job sites use ("X at Y", "Y is hiring X", "X - Y | Site", "X job in L", "X jobs in L - Y",
 * "find other Y jobs", "Y's opening for X", "X in L job posted by Y", "Y AG: X", "X • Y").
 */
final class TitlePatterns {

    private record Rule(Pattern pattern, double weight) {
    }

    /** "Find Jobs - ", "IT Job Search - ", "Job Listing: " before the posting's own words. */
    private static final Pattern SITE_PREFIX = Pattern.compile(
            "^(?:[^-|:]{0,30}\\b(?:jobs?|careers?|search|listing)\\b[^-|:]{0,20}\\s*[-|:]\\s+)+", Pattern.CASE_INSENSITIVE);
    /** " - Find Information Technology Jobs, ..." after the posting's own words. */
    private static final Pattern SITE_TAIL_WORDS = Pattern.compile(
            "\\s+[-|–—]\\s+[^-|–—]*\\b(?:find|search|jobs|careers)\\b.*$", Pattern.CASE_INSENSITIVE);
    /** A posting number and a "@ board.net" tail after the words: " (735756) @ tech-centric.net". */
    private static final String ID_AND_SITE = "(?:\\s*\\(\\d+\\))?(?:\\s*@\\s*\\S+)?\\s*";
    private static final String SITE_TAIL = "(?:\\s+[-|–—@:]\\s+[^-|–—@]{2,60})?";
    /** A unit of a larger organisation: "Department of X, University of Y" names the university as the employer. */
    private static final Pattern PART_OF = Pattern.compile(".{2,60},\\s+(?<org>[^,]{0,60}?\\b(?i:university|universit[eéy]t|"
            + "college|institute|hospital|school|council|ministry|agency|group)\\b[^,]{0,40})$");
    private static final List<Rule> RULES = List.of(
            rule("^(?:job application for\\s+)?(?<t>.{3,150}?)\\s+at\\s+(?<c>[^-|–—(]{2,60}?)(?:\\s*\\([^()]{2,40}\\))?"
                    + SITE_TAIL + "$", 5),
            rule("^(?<c>.{2,60}?)\\s+is hiring(?:\\s+an?)?\\s+(?<t>.{3,100}?)" + SITE_TAIL + "$", 5),
            rule("^(?<t>.{3,100}?)\\s+jobs?\\s+in\\s+(?<l>[^:|]{2,80}?)(?::[^-]*)?(?:\\s+-\\s+(?<c>[^-|]{2,60}))?$", 4),
            rule("(?<c>[^:]{2,60}?)'s opening for\\s+(?<t>.{3,100}?)\\s+in\\s+.*?\\s+in\\s+(?<l>[^|]{2,60}?)\\s*$", 5),
            rule("view the\\s+(?<t>.{3,100}?)\\s+job description at\\s+(?<c>.{2,60}?)\\s+and\\b", 4),
            rule("find other\\s+(?<c>.{2,60}?)\\s+jobs\\b", 4),
            rule("\\bjobs? at\\s+(?<c>[^,.]{2,60}?)\\s+in\\s+(?<l>[^.()@]{2,60}?)" + ID_AND_SITE + "$", 4),
            rule("^(?<t>.{3,100}?)\\s+in\\s+(?<l>[^|]{2,60}?)\\s+jobs?\\s+posted by\\s+(?<c>[^|]{2,60}?)" + ID_AND_SITE + "$", 4),
            rule("^(?<t>[^|–—]{3,100}?)\\s+[-|–—]\\s+(?<c>[^|–—]{2,60}?)\\s+[|–—]\\s+[^|–—]{2,40}$", 4),
            rule("^(?<c>.{2,60}?)\\s+hiring\\s+(?<t>.{3,100}?)\\s+in\\s+(?<l>[^|]{2,80}?)(?:\\s+[|–—]\\s+[^|]{2,40})?$", 5),
            rule("^(?<t>.{3,100}?)\\s+bei\\s+(?<c>[^|–—]{2,60}?)(?:\\s+in\\s+(?<l>[^|–—]{2,60}?))?" + SITE_TAIL + "$", 4),
            rule("^(?<t>.{3,100}?)\\s+[-|–—]\\s+(?<c>[^-|–—]{2,60}?)\\s+(?:careers|jobs)$", 4),
            rule("^(?:careers|jobs|job openings|open positions)\\s+(?:at|@|with)\\s+(?<c>[^-|–—]{2,60}?)" + SITE_TAIL + "$", 3),
            rule("^(?<c>[^-|–—]{2,60}?)\\s*[-|–—:]?\\s+(?:careers|jobs|career site|job board)$", 3),
            rule("^(?<c>[^:]{2,60}?\\b(?:AG|GmbH|Inc\\.?|LLC|Ltd\\.?|SA|plc|Corp\\.?|A/S|AB|BV|NV)):\\s+(?<t>.{3,150})$", 4),
            rule("^(?<t>.{3,150}?)\\s+[•·]\\s+(?<c>[^•·]{2,60})$", 3),
            rule("\\b(?:Kanton|Canton|Cantone|Provinz|Province|Provincia|Region|Région|Regione|Bezirk|Landkreis|County)\\s+"
                    + "(?<l>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)", 3));

    private TitlePatterns() {
    }

    private static Rule rule(String regex, double weight) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight);
    }

    /** Votes from one summary line (title, og:title or description). */
    static void read(String line, FieldVotes title, FieldVotes company, FieldVotes location) {
        String text = FieldVotes.clean(line);
        if (text == null) {
            return;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            if (m.find()) {
                vote(m, "t", title, rule.weight);
                vote(m, "c", company, rule.weight);
                vote(m, "l", location, rule.weight - 1);
            }
        }
    }

    private static void vote(Matcher m, String group, FieldVotes votes, double weight) {
        if (m.pattern().pattern().contains("?<" + group + ">")) {
            String v = m.group(group);
            votes.add(v == null ? null : SITE_TAIL_WORDS.matcher(SITE_PREFIX.matcher(v).replaceFirst("")).replaceFirst(""),
                    weight);
            Matcher unit = PART_OF.matcher(v == null || !group.equals("c") ? "" : v);
            if (unit.matches()) {
                votes.add(unit.group("org"), weight - 2); // "Center for Permafrost, University of Copenhagen"
            }
        }
    }
}
