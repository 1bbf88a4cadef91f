package dev.careeragent.ui.letters;

import dev.careeragent.letters.guard.Claim;
import dev.careeragent.letters.guard.GuardReport;

/** The fabrication guard in the editor: check the edited text again, and confirm a flagged claim the user vouches for. */
final class FabricationReview {

    private final LetterEditorState state;

    FabricationReview(LetterEditorState state) {
        this.state = state;
    }

    /** Checks the edited text again; the result replaces the flagged list. */
    void check() {
        String current = state.text.get();
        state.withFacts("Checking the letter", f -> state.letters.check(current, f), report -> {
            state.flagged.setAll(report.unresolved(state.confirmed));
            state.status.set(summary(report));
        });
    }

    /** The user vouches for a flagged claim; it no longer blocks export. */
    void confirm(Claim claim) {
        state.confirmed.add(claim.key());
        state.flagged.remove(claim);
        state.status.set(state.flagged.isEmpty() ? "Every flagged claim is confirmed or removed."
                : state.flagged.size() + " claims still flagged.");
    }

    static String summary(GuardReport report) {
        return report.flagged().isEmpty() ? "Checked " + report.checked().size() + " claims: all found in your resume or the posting."
                : report.flagged().size() + " claims are not in your resume: confirm or remove them before exporting.";
    }
}
