package dev.careeragent.ui.letters;

import dev.careeragent.ai.LlmException;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.letters.LetterDraft;
import dev.careeragent.letters.LetterFacts;
import dev.careeragent.letters.LetterLength;
import dev.careeragent.letters.LetterOptions;
import dev.careeragent.letters.LetterService;
import dev.careeragent.letters.Tone;
import dev.careeragent.letters.UnconfirmedClaimsException;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.letters.guard.Claim;
import dev.careeragent.letters.guard.GuardReport;
import dev.careeragent.letters.store.StoredLetter;
import dev.careeragent.ui.common.TokenBatcher;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.model.PostingChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cover-letter editor: choose resume version and job, tone, length and language; write (streamed from the
 * model, cancellable, or from the template), edit, see what the guard flags and confirm it, save versions, export.
 */
public final class LetterViewModel {

    private final LetterService letters;
    private final Supplier<List<VersionInfo>> resumeList;
    private final Supplier<List<PostingChoice>> jobList;
    private final TaskExecutor tasks;
    private final Executor ui;
    private final ObservableList<VersionInfo> resumes = FXCollections.observableArrayList();
    private final ObservableList<PostingChoice> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<VersionInfo> resume = new SimpleObjectProperty<>();
    private final ObjectProperty<PostingChoice> job = new SimpleObjectProperty<>();
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.FORMAL);
    private final ObjectProperty<LetterLength> length = new SimpleObjectProperty<>(LetterLength.STANDARD);
    private final StringProperty language = new SimpleStringProperty("English");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty usage = new SimpleStringProperty("");
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final ObservableList<Claim> flagged = FXCollections.observableArrayList();
    private final ObservableList<StoredLetter> versions = FXCollections.observableArrayList();
    private final Set<String> confirmed = new HashSet<>();
    private volatile LetterFacts facts;
    private LetterDraft.Source writtenBy = LetterDraft.Source.TEMPLATE;
    private TaskHandle<LetterDraft> running;
    private java.util.function.Consumer<String> appender = piece -> text.set(text.get() + piece);
    private volatile DragFile dragFile;
    private Path dragFolder;
    private volatile Long wanted;
    private java.util.function.LongFunction<java.util.Optional<PostingChoice>> jobLookup = id -> java.util.Optional.empty();

    public LetterViewModel(LetterService letters, Supplier<List<VersionInfo>> resumeList, Supplier<List<PostingChoice>> jobList,
                           TaskExecutor tasks, Executor ui) {
        this.letters = letters;
        this.resumeList = resumeList;
        this.jobList = jobList;
        this.tasks = tasks;
        this.ui = ui;
        resume.addListener((o, a, b) -> facts = null);
        job.addListener((o, a, b) -> {
            facts = null;
            loadVersions();
        });
    }

    /** Fills the resume and job lists; a first load chooses the primary resume and the first job, later ones keep the choice. */
    public void load() {
        fill(null);
    }

    /**
     * Opens the editor on one job (the Jobs page's "Write cover letter") and starts writing, with the chosen resume
     * (the primary one at first).
     */
    public void writeFor(long postingId) {
        wanted = postingId;
        fill(postingId);
    }

    /** Finds a job that is not among the recent ones the list shows (a job opened from the Jobs page may be older). */
    public LetterViewModel lookUpJobsWith(java.util.function.LongFunction<java.util.Optional<PostingChoice>> lookup) {
        this.jobLookup = lookup;
        return this;
    }

    private void fill(Long writeFor) {
        tasks.execute(BackgroundTask.of("Loading resumes and jobs", () -> new Lists(resumeList.get(), withWanted(jobList.get())))
                .onSuccess(l -> {
                    resumes.setAll(l.resumes());
                    jobs.setAll(l.jobs());
                    if (resume.get() == null || !l.resumes().contains(resume.get())) {
                        resume.set(l.resumes().stream().filter(VersionInfo::primary).findFirst()
                                .orElse(l.resumes().isEmpty() ? null : l.resumes().get(0)));
                    }
                    Long target = wanted;
                    PostingChoice chosen = target == null ? null : l.jobs().stream().filter(j -> j.id() == target).findFirst().orElse(null);
                    if (chosen != null) {
                        job.set(chosen);
                    } else if (job.get() == null || !l.jobs().contains(job.get())) {
                        job.set(l.jobs().isEmpty() ? null : l.jobs().get(0));
                    }
                    if (l.resumes().isEmpty() || l.jobs().isEmpty()) {
                        status.set(l.resumes().isEmpty() ? "Import a resume first (Resume page)." : "Save a job first (Jobs page).");
                    } else if (writeFor != null && writeFor.equals(wanted)) {
                        wanted = null;
                        if (writing.get()) {
                            status.set("A letter is being written; cancel it to start the one for this job.");
                        } else {
                            write();
                        }
                    }
                }));
    }

    private List<PostingChoice> withWanted(List<PostingChoice> recent) {
        Long target = wanted;
        if (target == null || recent.stream().anyMatch(j -> j.id() == target)) {
            return recent;
        }
        List<PostingChoice> all = new java.util.ArrayList<>(recent);
        jobLookup.apply(target).ifPresent(j -> all.add(0, j));
        return all;
    }

    private record Lists(List<VersionInfo> resumes, List<PostingChoice> jobs) {
    }

    public void write() {
        if (resume.get() == null || job.get() == null) {
            status.set("Choose a resume version and a job first.");
            return;
        }
        long resumeId = resume.get().id();
        long jobId = job.get().id();
        LetterOptions options = options();
        text.set("");
        flagged.clear();
        confirmed.clear();
        usage.set("");
        writing.set(true);
        status.set(letters.modelEnabled() ? "Writing with the model\u2026" : "Writing from the template\u2026");
        TokenBatcher tokens = new TokenBatcher(ui, piece -> appender.accept(piece));
        running = tasks.execute(BackgroundTask.<LetterDraft>of("Writing a cover letter", task -> {
            LetterFacts gathered = letters.facts(resumeId, jobId);
            facts = gathered;
            return letters.write(gathered, options, tokens, task::isCancelled);
        }).onSuccess(draft -> {
            if (!draft.text().equals(text.get())) {
                text.set(draft.text());
            }
            writtenBy = draft.source();
            flagged.setAll(draft.guard().flagged());
            usage.set(draft.reply() == null ? "Template letter" : draft.reply().usageLine());
            status.set(draft.note().isEmpty() ? summary(draft.guard()) : draft.note() + " " + summary(draft.guard()));
        }).onFailure(e -> status.set(e instanceof LlmException l && l.kind() == LlmException.Kind.CANCELLED
                ? "Cancelled; the text so far is kept." : e.getMessage()))
                .onFinished(() -> writing.set(false)));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Checks the edited text again; the result replaces the flagged list. */
    public void check() {
        String current = text.get();
        withFacts("Checking the letter", f -> letters.check(current, f), report -> {
            flagged.setAll(report.unresolved(confirmed));
            status.set(summary(report));
        });
    }

    /** The user vouches for a flagged claim; it no longer blocks export. */
    public void confirm(Claim claim) {
        confirmed.add(claim.key());
        flagged.remove(claim);
        status.set(flagged.isEmpty() ? "Every flagged claim is confirmed or removed." : flagged.size() + " claims still flagged.");
    }

    public void save() {
        String body = text.get();
        Set<String> keys = Set.copyOf(confirmed);
        Long resumeId = resume.get() == null ? null : resume.get().id();
        LetterOptions options = options();
        LetterDraft.Source by = writtenBy;
        withFacts("Saving the letter", f -> letters.save(f, resumeId, options, by, body, keys), saved -> {
            status.set("Saved as version " + saved.version() + ".");
            loadVersions();
        });
    }

    public void open(StoredLetter version) {
        text.set(version.body());
        confirmed.clear();
        confirmed.addAll(version.confirmedClaims());
        check();
    }

    /** Writes the letter to {@code target} (atomically); refused while flagged claims are unresolved. */
    public void export(LetterFormat format, Path target) {
        String body = text.get();
        Set<String> keys = Set.copyOf(confirmed);
        withFacts("Exporting the letter", f -> {
            byte[] bytes = letters.export(f, body, keys, format);
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".letter", ".tmp");
            Files.write(temp, bytes);
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }, path -> status.set("Exported to " + path + "."));
    }

    /**
     * The editor appends streamed batches itself: replacing its whole text per batch re-lays out the letter each
     * time and stalled the UI thread (191 ms pulse gaps); appending costs only the new words.
     */
    public void appendStreamedTextWith(java.util.function.Consumer<String> editorAppend) {
        this.appender = editorAppend;
    }

    /**
     * Writes the file for dragging out in the background (the view calls this when the pointer reaches the drag
     * handle), so the drag gesture finds it ready instead of exporting on the UI thread.
     */
    public void prepareDrag(LetterFormat format) {
        String body = text.get();
        Set<String> keys = Set.copyOf(confirmed);
        LetterFacts f = facts;
        if (f == null || body.isBlank() || current(format, body, keys) != null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Preparing the letter to drag out", () -> {
            byte[] bytes = letters.export(f, body, keys, format);
            Path file = dragFolder().resolve("cover-letter." + format.extension());
            Files.write(file, bytes);
            return new DragFile(format, body, keys, file);
        }).onSuccess(prepared -> dragFile = prepared).onFailure(e -> {
            if (e instanceof UnconfirmedClaimsException u) {
                flagged.setAll(u.claims());
            }
            status.set(e.getMessage());
        }));
    }

    /**
     * The file prepared for the editor's current text, for the drag gesture; empty (with the reason in the status,
     * and preparing started) when it is not ready yet.
     */
    public java.util.Optional<Path> draggableFile(LetterFormat format) {
        DragFile ready = current(format, text.get(), Set.copyOf(confirmed));
        if (ready != null) {
            return java.util.Optional.of(ready.file());
        }
        status.set(facts == null ? "Write or check the letter first, then drag it out." : "Preparing the file; drag again in a moment.");
        prepareDrag(format);
        return java.util.Optional.empty();
    }

    private DragFile current(LetterFormat format, String body, Set<String> keys) {
        DragFile ready = dragFile;
        return ready != null && ready.format() == format && ready.body().equals(body) && ready.keys().equals(keys) ? ready : null;
    }

    private synchronized Path dragFolder() throws java.io.IOException {
        if (dragFolder == null) {
            dragFolder = Files.createTempDirectory("career-agent-letter");
        }
        return dragFolder;
    }

    private record DragFile(LetterFormat format, String body, Set<String> keys, Path file) {
    }

    private <T> void withFacts(String title, Step<T> step, java.util.function.Consumer<T> done) {
        if (resume.get() == null || job.get() == null) {
            status.set("Choose a resume version and a job first.");
            return;
        }
        long resumeId = resume.get().id();
        long jobId = job.get().id();
        tasks.execute(BackgroundTask.of(title, () -> {
            LetterFacts f = facts;
            if (f == null) {
                f = letters.facts(resumeId, jobId);
                facts = f;
            }
            return step.run(f);
        }).onSuccess(done::accept).onFailure(e -> {
            if (e instanceof UnconfirmedClaimsException u) {
                flagged.setAll(u.claims());
            }
            status.set(e.getMessage());
        }));
    }

    @FunctionalInterface
    private interface Step<T> {
        T run(LetterFacts facts) throws Exception;
    }

    private void loadVersions() {
        PostingChoice current = job.get();
        if (current == null) {
            versions.clear();
            return;
        }
        tasks.execute(BackgroundTask.of("Loading saved letters", () -> letters.versions(current.id())).onSuccess(versions::setAll));
    }

    private LetterOptions options() {
        return new LetterOptions(tone.get(), length.get(), language.get());
    }

    private static String summary(GuardReport report) {
        return report.flagged().isEmpty() ? "Checked " + report.checked().size() + " claims: all found in your resume or the posting."
                : report.flagged().size() + " claims are not in your resume: confirm or remove them before exporting.";
    }

    public ObservableList<VersionInfo> resumes() { return resumes; }
    public ObservableList<PostingChoice> jobs() { return jobs; }
    public ObjectProperty<VersionInfo> resumeProperty() { return resume; }
    public ObjectProperty<PostingChoice> jobProperty() { return job; }
    public ObjectProperty<Tone> toneProperty() { return tone; }
    public ObjectProperty<LetterLength> lengthProperty() { return length; }
    public StringProperty languageProperty() { return language; }
    public StringProperty textProperty() { return text; }
    public StringProperty statusProperty() { return status; }
    public StringProperty usageProperty() { return usage; }
    public BooleanProperty writingProperty() { return writing; }
    public ObservableList<Claim> flagged() { return flagged; }
    public ObservableList<StoredLetter> versions() { return versions; }
}
