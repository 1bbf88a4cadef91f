package dev.careeragent.match;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import java.util.List;

/**
 * Everything scoring needs from one posting, extracted once (and stored as JSON) so that scoring is
 * arithmetic: skills asked for, years, level, title words, where and how, and the texts whose vectors
 * stand for it ({@code embedTexts}: the title first, then up to three chunks).
 *
 * @param textHash      hash of the posting fields these features come from; a change means re-extract
 * @param salaryYearMax the top of the salary range per year (or the minimum when only that is given), or null
 * @param employmentType normalised: full-time, part-time, contract, temporary, internship; null when unknown
 * @param postedEpochDay the posted date (or first seen) as days since 1970-01-01, or null
 */
public record PostingFeatures(String textHash, String title, List<String> titleWords, Seniority seniority,
                              List<SkillNeed> required, List<SkillNeed> preferred, Integer minYears,
                              RemoteMode remote, String place, Double salaryYearMax, String salaryCurrency,
                              String employmentType, Long postedEpochDay, List<String> embedTexts) {

    public PostingFeatures {
        titleWords = List.copyOf(titleWords);
        required = List.copyOf(required);
        preferred = List.copyOf(preferred);
        embedTexts = List.copyOf(embedTexts);
        remote = remote == null ? RemoteMode.UNKNOWN : remote;
    }

    /** One skill a posting asks for, by canonical taxonomy name, with the years it names (or null). */
    public record SkillNeed(String skill, Integer years) {
    }
}
