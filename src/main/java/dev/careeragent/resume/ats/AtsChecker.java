package dev.careeragent.resume.ats;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.StoredResume;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.skills.JobRequirements;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a resume version against a job posting the way applicant tracking systems read it: a 0-100 score
 * (required skills 40, preferred 10, sections 10, contact 10, length 5, dates 10, file format 15) with every
 * reason itemised, suggestions for keywords the resume already shows elsewhere, and writing advice.
 * Rule-based; no model needed. Thread-safe.
 */
public final class AtsChecker {

    private final RequirementExtractor requirements;
    private final ResumeAdvisor advisor;
    private final Clock clock;
    private final KeywordCheck keywords;
    private final StructureCheck structure = new StructureCheck();
    private final DateCheck dates = new DateCheck();

    public AtsChecker(SkillTaxonomy taxonomy, RequirementExtractor requirements, ResumeAdvisor advisor, Clock clock) {
        this.requirements = requirements;
        this.advisor = advisor;
        this.clock = clock;
        this.keywords = new KeywordCheck(taxonomy);
    }

    public AtsReport check(StoredResume resume, JobPosting posting) {
        String text = (posting.title() == null ? "" : posting.title() + "\n")
                + (posting.descriptionText() == null ? "" : posting.descriptionText());
        return check(resume, requirements.extract(posting), text);
    }

    /** Against pasted job text (plain text; HTML must be turned into text first). */
    public AtsReport check(StoredResume resume, String jobText) {
        if (jobText == null || jobText.isBlank()) {
            throw new IllegalArgumentException("The job text is empty. Paste the job description, or choose a saved posting.");
        }
        return check(resume, requirements.extract(jobText), jobText);
    }

    private AtsReport check(StoredResume stored, JobRequirements wanted, String jobText) {
        Resume resume = stored.resume();
        boolean skillsSection = StructureCheck.hasSkillsSection(resume);
        List<CheckResult> parts = List.of(
                keywords.check(AtsCategory.REQUIRED_SKILLS, wanted.required(), stored.skills(), skillsSection),
                keywords.check(AtsCategory.PREFERRED_SKILLS, wanted.preferred(), stored.skills(), skillsSection),
                structure.sections(resume),
                structure.contact(resume.contact()),
                structure.length(resume, stored.pageCount()),
                dates.check(resume.experience(), YearMonth.now(clock)),
                structure.risks(stored.risks()));
        List<CategoryScore> scores = new ArrayList<>();
        List<AtsReason> reasons = new ArrayList<>();
        List<AtsSuggestion> suggestions = new ArrayList<>();
        for (CheckResult part : parts) {
            scores.add(part.score());
            reasons.addAll(part.reasons());
            suggestions.addAll(part.suggestions());
        }
        int score = scores.stream().mapToInt(CategoryScore::points).sum();
        return new AtsReport(score, scores, reasons, suggestions, advisor.advise(resume, jobText));
    }
}
