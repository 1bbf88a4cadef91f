package dev.careeragent.letters;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.model.Resume;
import java.util.List;

/**
 * Everything a letter may say, gathered before writing: who the candidate is, the role and company, the
 * hiring manager when named, the posting's requirements the resume shows (strongest first, each with its
 * evidence), the ones it does not, and the candidate's roles and degrees as one-line facts.
 */
public record LetterFacts(String candidateName, String email, String phone, String location, String role, String company,
                          String hiringManager, List<MatchedRequirement> matched, List<String> missing,
                          List<String> experience, List<String> education, Resume resume, List<ResumeSkill> skills,
                          JobPosting posting) {

    public LetterFacts {
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
        experience = List.copyOf(experience);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
    }

    /** The three strongest matches the template letter names. */
    public List<MatchedRequirement> strongest(int n) {
        return matched.subList(0, Math.min(n, matched.size()));
    }
}
