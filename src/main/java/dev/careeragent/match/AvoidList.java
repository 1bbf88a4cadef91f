package dev.careeragent.match;

import dev.careeragent.jobs.JobPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The companies and words the user never wants to see (Settings > Profile). A posting from such a company, or whose
 * title, company or description has such a word (as a whole word, any case), is left out: score 0, shown after every
 * other job, and the reason leads its explanation. Every scoring path (Jobs page, alerts, the CLI) applies it.
 */
public final class AvoidList {

    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}])";
    /** The preference name of the penalty an avoided posting carries. */
    public static final String PREFERENCE = "Avoid list";

    private final Pattern companies;
    private final Pattern words;

    private AvoidList(List<String> companies, List<String> words) {
        this.companies = anyOf(companies);
        this.words = anyOf(words);
    }

    public static AvoidList of(MatchPreferences prefs) {
        return new AvoidList(prefs.avoidCompanies(), prefs.avoidWords());
    }

    /** {@code result} left out with the reason when {@code posting} names something avoided, else unchanged. */
    public MatchResult apply(MatchResult result, JobPosting posting) {
        Optional<String> hit = hit(posting);
        if (hit.isEmpty()) {
            return result;
        }
        MatchExplanation why = result.explanation();
        List<MatchExplanation.Penalty> penalties = new ArrayList<>(why.penalties());
        penalties.add(0, new MatchExplanation.Penalty(PREFERENCE, 0, true, hit.get()));
        List<String> reasons = new ArrayList<>(why.reasons());
        reasons.add(0, "Hidden: " + hit.get());
        return new MatchResult(result.postingId(), result.title(), 0, true, new MatchExplanation(why.matchedSkills(),
                why.missingRequired(), why.missingPreferred(), why.partialMatches(), penalties, why.points(), reasons),
                result.postingHash());
    }

    /** Why {@code posting} is avoided, if it is. */
    Optional<String> hit(JobPosting posting) {
        String company = posting.company() == null ? "" : posting.company();
        if (companies != null) {
            Matcher m = companies.matcher(company);
            if (m.find()) {
                return Optional.of("From " + company.strip() + ", a company you avoid");
            }
        }
        if (words != null) {
            for (String text : new String[] {posting.title(), company, posting.descriptionText()}) {
                Matcher m = text == null ? null : words.matcher(text);
                if (m != null && m.find()) {
                    return Optional.of("Mentions \u201c" + m.group(1) + "\u201d, a word you avoid");
                }
            }
        }
        return Optional.empty();
    }

    /** One case-insensitive whole-word pattern for all entries, or null when there are none. */
    private static Pattern anyOf(List<String> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        String alternatives = entries.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile(EDGE_BEFORE + "(" + alternatives + ")" + EDGE_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
