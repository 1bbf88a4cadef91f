package dev.careeragent.letters;

import dev.careeragent.ai.LlmConnector;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.letters.export.LetterDocument;
import dev.careeragent.letters.export.LetterExporter;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.letters.guard.GuardReport;
import dev.careeragent.letters.store.LetterStore;
import dev.careeragent.letters.store.StoredLetter;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.StoredResume;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cover letters for stored jobs: gather the facts, write (model or template), check, save versions per job and
 * export. Export refuses while flagged claims are neither confirmed nor removed. Call it off the UI thread.
 */
public final class LetterService {

    private final ResumeService resumes;
    private final JobPostingRepository postings;
    private final LetterFactsBuilder factsBuilder;
    private final LetterComposer composer;
    private final LetterStore store;
    private final Supplier<LlmConnector> model;
    private final Function<Long, Optional<MatchExplanation>> explanations;
    private final Clock clock;
    private final LetterExporter exporter = new LetterExporter();

    public LetterService(ResumeService resumes, JobPostingRepository postings, LetterFactsBuilder factsBuilder,
                         LetterComposer composer, LetterStore store, Supplier<LlmConnector> model,
                         Function<Long, Optional<MatchExplanation>> explanations, Clock clock) {
        this.resumes = resumes;
        this.postings = postings;
        this.factsBuilder = factsBuilder;
        this.composer = composer;
        this.store = store;
        this.model = model;
        this.explanations = explanations;
        this.clock = clock;
    }

    public LetterFacts facts(long resumeVersionId, long postingId) {
        StoredResume resume = resumes.load(resumeVersionId);
        JobPosting posting = postings.find(postingId).orElseThrow(() -> new IllegalArgumentException(
                "There is no saved job " + postingId + " any more."));
        return factsBuilder.build(resume.resume(), resume.skills(), posting, explanations.apply(postingId).orElse(null));
    }

    /** Whether letters are written by a model (else the template). */
    public boolean modelEnabled() {
        return model.get().enabled();
    }

    public LetterDraft write(LetterFacts facts, LetterOptions options, Consumer<String> tokens, BooleanSupplier cancelled) {
        return composer.compose(facts, options, model.get(), tokens, cancelled);
    }

    public GuardReport check(String text, LetterFacts facts) {
        return composer.check(text, facts);
    }

    public StoredLetter save(LetterFacts facts, Long resumeVersionId, LetterOptions options, LetterDraft.Source writtenBy,
                             String body, Set<String> confirmed) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("The letter is empty; write something before saving.");
        }
        return store.save(new LetterStore.NewLetter(facts.posting().id(), resumeVersionId, options.tone().name(),
                options.length().name(), options.language(), writtenBy.name(), body, confirmed));
    }

    public List<StoredLetter> versions(long postingId) {
        return store.versions(postingId);
    }

    /** The file's bytes; throws {@link UnconfirmedClaimsException} while flagged claims are unresolved. */
    public byte[] export(LetterFacts facts, String body, Set<String> confirmed, LetterFormat format) {
        List<dev.careeragent.letters.guard.Claim> open = check(body, facts).unresolved(confirmed);
        if (!open.isEmpty()) {
            throw new UnconfirmedClaimsException(open);
        }
        return exporter.export(document(facts, body, LocalDate.now(clock)), format);
    }

    /** The printed letter: the candidate's name and contact line, the date, the addressee from the posting. */
    public static LetterDocument document(LetterFacts facts, String body, LocalDate date) {
        String contact = Stream.of(facts.email(), facts.phone(), facts.location()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" | "));
        List<String> to = new ArrayList<>();
        if (facts.hiringManager() != null) {
            to.add(facts.hiringManager());
        }
        if (facts.company() != null) {
            to.add(facts.company());
        }
        if (facts.posting().location() != null && !facts.posting().location().isBlank()) {
            to.add(facts.posting().location());
        }
        return new LetterDocument(facts.candidateName(), contact, date, to, body);
    }
}
