package dev.careeragent.resume;

import java.util.List;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ParseRisk;
import dev.careeragent.resume.read.ResumeFormat;

/** The result of importing a resume file: the structured resume and facts about the file. */
public record ParsedResume(Resume resume, ResumeFormat format, List<ParseRisk> risks, int pageCount) {

    public ParsedResume {
        risks = risks == null ? List.of() : List.copyOf(risks);
    }
}
