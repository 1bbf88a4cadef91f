package dev.careeragent.resume.export;

import dev.careeragent.resume.jsonresume.JsonResumeMapper;
import dev.careeragent.resume.model.Resume;

/** Writes a resume in the JSON Resume format (https://jsonresume.org/schema). */
public final class JsonResumeExporter {

    private final JsonResumeMapper mapper = new JsonResumeMapper();

    public String export(Resume resume) {
        return mapper.toJson(resume);
    }
}
