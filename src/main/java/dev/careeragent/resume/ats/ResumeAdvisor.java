package dev.careeragent.resume.ats;

import dev.careeragent.resume.model.Resume;
import java.util.List;

/**
 * Advice on a resume's wording. The rule-based {@link RuleBasedAdvisor} always works; a language-model
 * advisor (the AI feature) can implement this too, e.g. to propose rewritten bullets as
 * {@link WritingAdvice.Kind#REWRITE}, and fall back to the rules when no model is configured.
 */
public interface ResumeAdvisor {

    /**
     * @param jobText the posting the resume is checked against, or null for general advice
     */
    List<WritingAdvice> advise(Resume resume, String jobText);
}
