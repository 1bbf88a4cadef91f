package dev.careeragent.ui.letters;

import dev.careeragent.letters.LetterService;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.ats.AtsService;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.common.Clipboards;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.nav.WriteLetter;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;

/** The Letters page entry for the navigation rail. */
public final class LettersPage {

    public static final String ID = PageIds.LETTERS;

    private LettersPage() {
    }

    public static Page page(LetterService letters, ResumeService resumes, AtsService ats) {
        return new Page(ID, "Letters", Icons.SEND, null, Page.Placement.MAIN, (services, navigator) -> {
            FxCallbacks ui = new FxCallbacks();
            LetterViewModel model = new LetterViewModel(letters, resumes::list, () -> ats.postings(200), services.tasks(), ui)
                    .lookUpJobsWith(id -> services.jobs().postings().find(id)
                            .map(p -> new dev.careeragent.resume.model.PostingChoice(p.id(), p.title(), p.company())));
            services.events().subscribe(WriteLetter.class, request -> ui.execute(() -> model.writeFor(request.postingId())));
            return new LetterView(model, LettersPage::choose, Clipboards::copy);
        });
    }

    private static Optional<Path> choose(LetterFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the cover letter");
        chooser.setInitialFileName("cover-letter." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File file = chooser.showSaveDialog(null);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
