package dev.careeragent.ui.letters;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.letters.LetterDraft;
import dev.careeragent.letters.LetterOptions;
import dev.careeragent.letters.store.StoredLetter;
import dev.careeragent.resume.model.PostingChoice;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The chosen job's saved letters: save the text as a new version, open an older one (checked again). */
final class LetterVersions {

    private final LetterEditorState state;
    private final FabricationReview review;
    private final ObservableList<StoredLetter> versions = FXCollections.observableArrayList();

    LetterVersions(LetterEditorState state, FabricationReview review) {
        this.state = state;
        this.review = review;
        state.job.addListener((o, a, b) -> load());
    }

    void save() {
        String body = state.text.get();
        Set<String> keys = Set.copyOf(state.confirmed);
        Long resumeId = state.resume.get() == null ? null : state.resume.get().id();
        LetterOptions options = state.options();
        LetterDraft.Source by = state.writtenBy;
        state.withFacts("Saving the letter", f -> state.letters.save(f, resumeId, options, by, body, keys), saved -> {
            state.status.set("Saved as version " + saved.version() + ".");
            load();
        });
    }

    void open(StoredLetter version) {
        state.text.set(version.body());
        state.confirmed.clear();
        state.confirmed.addAll(version.confirmedClaims());
        review.check();
    }

    private void load() {
        PostingChoice current = state.job.get();
        if (current == null) {
            versions.clear();
            return;
        }
        state.tasks.execute(BackgroundTask.of("Loading saved letters", () -> state.letters.versions(current.id()))
                .onSuccess(versions::setAll));
    }

    ObservableList<StoredLetter> list() {
        return versions;
    }
}
