package dev.careeragent.ui.letters;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.letters.LetterFacts;
import dev.careeragent.letters.export.LetterFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

/** The letter as a file: exported to a chosen path, or prepared in the background for dragging out of the app. */
final class LetterExports {

    private final LetterEditorState state;
    private volatile DragFile dragFile;
    private Path dragFolder;

    LetterExports(LetterEditorState state) {
        this.state = state;
    }

    /** Writes the letter to {@code target} (atomically); refused while flagged claims are unresolved. */
    void export(LetterFormat format, Path target) {
        String body = state.text.get();
        Set<String> keys = Set.copyOf(state.confirmed);
        state.withFacts("Exporting the letter", f -> {
            byte[] bytes = state.letters.export(f, body, keys, format);
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".letter", ".tmp");
            Files.write(temp, bytes);
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }, path -> state.status.set("Exported to " + path + "."));
    }

    /** See {@link LetterViewModel#prepareDrag}. */
    void prepareDrag(LetterFormat format) {
        String body = state.text.get();
        Set<String> keys = Set.copyOf(state.confirmed);
        LetterFacts f = state.facts;
        if (f == null || body.isBlank() || current(format, body, keys) != null) {
            return;
        }
        state.tasks.execute(BackgroundTask.of("Preparing the letter to drag out", () -> {
            byte[] bytes = state.letters.export(f, body, keys, format);
            Path file = dragFolder().resolve("cover-letter." + format.extension());
            Files.write(file, bytes);
            return new DragFile(format, body, keys, file);
        }).onSuccess(prepared -> dragFile = prepared).onFailure(state::failed));
    }

    /** See {@link LetterViewModel#draggableFile}. */
    Optional<Path> draggableFile(LetterFormat format) {
        DragFile ready = current(format, state.text.get(), Set.copyOf(state.confirmed));
        if (ready != null) {
            return Optional.of(ready.file());
        }
        state.status.set(state.facts == null ? "Write or check the letter first, then drag it out."
                : "Preparing the file; drag again in a moment.");
        prepareDrag(format);
        return Optional.empty();
    }

    private DragFile current(LetterFormat format, String body, Set<String> keys) {
        DragFile ready = dragFile;
        return ready != null && ready.format() == format && ready.body().equals(body) && ready.keys().equals(keys) ? ready : null;
    }

    private synchronized Path dragFolder() throws IOException {
        if (dragFolder == null) {
            dragFolder = Files.createTempDirectory("career-agent-letter");
        }
        return dragFolder;
    }

    private record DragFile(LetterFormat format, String body, Set<String> keys, Path file) {
    }
}
