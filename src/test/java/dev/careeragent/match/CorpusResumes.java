package dev.careeragent.match;

import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Match profiles of the corpus' resumes (parsed by the real resume parser). */
public final class CorpusResumes {

    /** Resumes are judged as of a fixed day, so years of experience do not drift between runs. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private CorpusResumes() {
    }

    public static Resume parse(String ref) {
        Path file = Corpus.file(ref);
        try {
            return new ResumeParser().parse(Files.readAllBytes(file), file.getFileName().toString()).resume();
        } catch (Exception e) {
            throw new IllegalStateException("Could not parse " + ref, e);
        }
    }

    public static MatchProfile profile(String ref, SkillExtractor extractor) {
        return new ResumeProfiles(extractor).from(parse(ref), List.of(), ref, TODAY);
    }

    public static MatchProfile profile(String ref) {
        return profile(ref, new SkillExtractor(SkillTaxonomy.loadDefault()));
    }
}
