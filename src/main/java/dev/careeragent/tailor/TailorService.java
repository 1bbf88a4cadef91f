package dev.careeragent.tailor;

import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.StructuredCalls;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.letters.guard.FabricationGuard;
import dev.careeragent.letters.guard.FactSources;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.StoredResume;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.tailor.store.TailoredResumeStore;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tailored resumes: per-bullet suggestions for a job (from the model, checked by the fabrication guard, or from the
 * rules when there is no model or it fails), and accepting some of them as a NEW resume version linked to the job;
 * the version they were made from is never changed, and undo deletes the new one. Call it off the UI thread.
 */
public final class TailorService {

    private final ResumeService resumes;
    private final JobPostingRepository postings;
    private final RuleSuggester rules;
    private final ModelSuggester modelSuggester;
    private final Supplier<LlmConnector> model;
    private final TailoredResumeStore store;

    public TailorService(ResumeService resumes, JobPostingRepository postings, SkillExtractor skills, FabricationGuard guard,
                         Supplier<LlmConnector> model, TailoredResumeStore store) {
        this.resumes = resumes;
        this.postings = postings;
        this.rules = new RuleSuggester(skills);
        this.modelSuggester = new ModelSuggester(guard);
        this.model = model;
        this.store = store;
    }

    public Tailoring suggest(long versionId, long postingId, BooleanSupplier cancelled) {
        JobPosting p = postings.find(postingId).orElseThrow(() -> new IllegalArgumentException(
                "There is no saved job posting " + postingId + " any more. Choose another one or paste the job text."));
        String text = Stream.of(p.title(), p.descriptionText()).filter(s -> s != null).collect(Collectors.joining("\n"));
        return suggest(versionId, postingId, p.title() + (p.company() == null ? "" : " at " + p.company()), text, cancelled);
    }

    public Tailoring suggestForText(long versionId, String jobText, BooleanSupplier cancelled) {
        if (jobText == null || jobText.isBlank()) {
            throw new IllegalArgumentException("Paste the job description first.");
        }
        return suggest(versionId, null, "the pasted job", jobText, cancelled);
    }

    private Tailoring suggest(long versionId, Long postingId, String label, String jobText, BooleanSupplier cancelled) {
        StoredResume stored = resumes.load(versionId);
        Resume resume = stored.resume();
        LlmConnector connector = model.get();
        if (connector.enabled()) {
            ModelSuggester.Result r = modelSuggester.suggest(new StructuredCalls(connector), ResumeBullets.of(resume),
                    resumeText(resume), new FactSources(resume, stored.skills(), null), jobText, cancelled);
            if (r.suggestions() != null) {
                return new Tailoring(versionId, postingId, label, r.suggestions(), true, r.note(), r.dropped());
            }
            return new Tailoring(versionId, postingId, label, rules.suggest(resume, jobText), false, r.note(), 0);
        }
        return new Tailoring(versionId, postingId, label, rules.suggest(resume, jobText), false,
                "Suggestions from the built-in rules (no language model is set up in Settings -> AI).", 0);
    }

    /** Saves the resume with the accepted changes as a new version linked to the job; the original stays as it was. */
    public TailoredVersion accept(Tailoring tailoring, List<Suggestion> accepted) {
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("Accept at least one suggestion first.");
        }
        StoredResume parent = resumes.load(tailoring.versionId());
        Resume edited = ResumeBullets.apply(parent.resume(), accepted);
        VersionInfo version = resumes.saveCorrection(parent.info().id(), edited, parent.info().label() + " \u2013 for "
                + tailoring.jobLabel());
        try {
            store.link(version.id(), tailoring.postingId(), tailoring.jobLabel(), accepted.size());
        } catch (RuntimeException e) {
            resumes.delete(version.id()); // no half-done tailoring: a version without its link is taken back
            throw e;
        }
        return new TailoredVersion(version, tailoring.postingId(), accepted.size());
    }

    /** Takes back {@link #accept}: the new version is deleted (restorable from the Resume page for a day) and unlinked. */
    public void undo(TailoredVersion tailored) {
        resumes.delete(tailored.version().id());
        store.unlink(tailored.version().id());
    }

    /** Ids of the live resume versions tailored for a job, newest first. */
    public List<Long> tailoredFor(long postingId) {
        List<Long> live = resumes.list().stream().map(VersionInfo::id).toList();
        return store.versionsFor(postingId).stream().filter(live::contains).toList();
    }

    private static String resumeText(Resume r) {
        return Stream.concat(Stream.of(r.headline(), r.summary()), r.skills().stream()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
