package dev.careeragent.resume;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.read.ParseRisk;
import java.util.List;

/** A stored version with its content: the structured resume, its skills and the original file's facts. */
public record StoredResume(VersionInfo info, Resume resume, List<ResumeSkill> skills, List<ParseRisk> risks,
                           int pageCount) {

    public StoredResume {
        skills = List.copyOf(skills);
        risks = List.copyOf(risks);
    }

    public long id() {
        return info.id();
    }
}
