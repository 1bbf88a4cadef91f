package dev.careeragent.match;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.skills.JobRequirements;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillRequirement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** Reads a {@link JobPosting} into {@link PostingFeatures} (rule-based, no model). Thread-safe. */
public final class PostingAnalyzer {

    private final RequirementExtractor requirements;

    public PostingAnalyzer(RequirementExtractor requirements) {
        this.requirements = requirements;
    }

    /** Hash of the fields features are made from; equal hashes mean the stored features are still right. */
    public static String textHash(JobPosting p) {
        return ContentHash.ofParts(hashedFields(p));
    }

    /** A cheap 64-bit fingerprint of the same fields as {@link #textHash}, for in-memory change checks. */
    public static long fingerprint(JobPosting p) {
        return ContentHash.fingerprint(hashedFields(p));
    }

    private static Object[] hashedFields(JobPosting p) {
        return new Object[] {p.title(), p.descriptionText(), p.seniority(), p.location(), p.remote(),
                p.salaryMin(), p.salaryMax(), p.salaryCurrency(), p.salaryPeriod(), p.employmentType(), p.postedDate(),
                p.firstSeen() == null ? null : p.firstSeen().toString().substring(0, 10)};
    }

    public PostingFeatures analyze(JobPosting p) {
        JobRequirements req = requirements.extract(p);
        String title = p.title() == null ? "" : p.title().strip();
        Seniority level = Seniority.fromText(title)
                .or(() -> Seniority.fromText(p.seniority()))
                .orElse(null);
        List<String> embed = new ArrayList<>();
        embed.add(title.isEmpty() ? "(untitled job)" : title);
        embed.addAll(PostingChunker.chunks(p.descriptionText()));
        return new PostingFeatures(textHash(p), title, TitleWords.of(title), level, needs(req.required()),
                needs(req.preferred()), req.minYearsOverall().isPresent() ? req.minYearsOverall().getAsInt() : null,
                p.remote(), place(p), yearlySalary(p), p.salaryCurrency(), EmploymentTypes.normalise(p.employmentType()),
                postedDay(p), embed);
    }

    private static List<PostingFeatures.SkillNeed> needs(List<SkillRequirement> list) {
        return list.stream().map(r -> new PostingFeatures.SkillNeed(r.skill().name(),
                r.minYears().isPresent() ? r.minYears().getAsInt() : null)).toList();
    }

    private static String place(JobPosting p) {
        StringJoiner j = new StringJoiner(", ");
        for (String part : new String[] {p.location(), p.city(), p.region(), p.country()}) {
            if (part != null && !part.isBlank()) {
                j.add(part.strip());
            }
        }
        return j.length() == 0 ? null : j.toString().toLowerCase(Locale.ROOT);
    }

    private static Double yearlySalary(JobPosting p) {
        BigDecimal top = p.salaryMax() != null ? p.salaryMax() : p.salaryMin();
        if (top == null || top.signum() <= 0) {
            return null;
        }
        double perYear = (p.salaryPeriod() == null ? JobPosting.SalaryPeriod.YEAR : p.salaryPeriod()).perYear();
        return top.doubleValue() * perYear;
    }

    private static Long postedDay(JobPosting p) {
        if (p.postedDate() != null) {
            return p.postedDate().toEpochDay();
        }
        return p.firstSeen() == null ? null : p.firstSeen().getEpochSecond() / 86_400;
    }
}
