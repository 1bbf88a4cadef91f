package dev.careeragent.ui.letters;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.resume.model.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The resume versions and jobs to choose from: a first load picks the primary resume and the first job, later ones
 * keep the choice, and a job opened from the Jobs page is chosen (and its letter started) even when it is older.
 */
final class LetterChoices {

    private final LetterEditorState state;
    private final Supplier<List<VersionInfo>> resumeList;
    private final Supplier<List<PostingChoice>> jobList;
    private final Runnable write;
    private final ObservableList<VersionInfo> resumes = FXCollections.observableArrayList();
    private final ObservableList<PostingChoice> jobs = FXCollections.observableArrayList();
    private volatile Long wanted;
    private LongFunction<Optional<PostingChoice>> jobLookup = id -> Optional.empty();

    LetterChoices(LetterEditorState state, Supplier<List<VersionInfo>> resumeList, Supplier<List<PostingChoice>> jobList,
                  Runnable write) {
        this.state = state;
        this.resumeList = resumeList;
        this.jobList = jobList;
        this.write = write;
    }

    void load() {
        fill(null);
    }

    void writeFor(long postingId) {
        wanted = postingId;
        fill(postingId);
    }

    void lookUpJobsWith(LongFunction<Optional<PostingChoice>> lookup) {
        this.jobLookup = lookup;
    }

    private void fill(Long writeFor) {
        state.tasks.execute(BackgroundTask.of("Loading resumes and jobs", () -> new Lists(resumeList.get(), withWanted(jobList.get())))
                .onSuccess(l -> {
                    resumes.setAll(l.resumes());
                    jobs.setAll(l.jobs());
                    choose(l);
                    if (l.resumes().isEmpty() || l.jobs().isEmpty()) {
                        state.status.set(l.resumes().isEmpty() ? "Import a resume first (Resume page)." : "Save a job first (Jobs page).");
                    } else if (writeFor != null && writeFor.equals(wanted)) {
                        wanted = null;
                        if (state.writing.get()) {
                            state.status.set("A letter is being written; cancel it to start the one for this job.");
                        } else {
                            write.run();
                        }
                    }
                }));
    }

    private void choose(Lists l) {
        if (state.resume.get() == null || !l.resumes().contains(state.resume.get())) {
            state.resume.set(l.resumes().stream().filter(VersionInfo::primary).findFirst()
                    .orElse(l.resumes().isEmpty() ? null : l.resumes().get(0)));
        }
        Long target = wanted;
        PostingChoice chosen = target == null ? null : l.jobs().stream().filter(j -> j.id() == target).findFirst().orElse(null);
        if (chosen != null) {
            state.job.set(chosen);
        } else if (state.job.get() == null || !l.jobs().contains(state.job.get())) {
            state.job.set(l.jobs().isEmpty() ? null : l.jobs().get(0));
        }
    }

    private List<PostingChoice> withWanted(List<PostingChoice> recent) {
        Long target = wanted;
        if (target == null || recent.stream().anyMatch(j -> j.id() == target)) {
            return recent;
        }
        List<PostingChoice> all = new ArrayList<>(recent);
        jobLookup.apply(target).ifPresent(j -> all.add(0, j));
        return all;
    }

    private record Lists(List<VersionInfo> resumes, List<PostingChoice> jobs) {
    }

    ObservableList<VersionInfo> resumes() {
        return resumes;
    }

    ObservableList<PostingChoice> jobs() {
        return jobs;
    }
}
