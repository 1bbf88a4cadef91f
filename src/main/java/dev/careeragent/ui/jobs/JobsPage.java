package dev.careeragent.ui.jobs;

import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.common.Clipboards;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.common.SystemLinkOpener;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.nav.WriteLetter;
import java.time.Clock;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The Jobs page entry for the navigation rail (Ctrl+J). */
public final class JobsPage {

    private JobsPage() {
    }

    public static Page page() {
        return new Page(PageIds.JOBS, "Jobs", Icons.WORK, new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN),
                Page.Placement.MAIN, (services, navigator) -> {
                    JobsViewModel jobs = new JobsViewModel(services.jobs(), services.tasks(), new SystemLinkOpener(),
                            Clipboards::copy, Clock.systemDefaultZone());
                    SearchRunViewModel runs = new SearchRunViewModel(services.jobs(), services.tasks(), services.settings(),
                            services.events(), new FxCallbacks(), jobs::refresh, Clock.systemDefaultZone());
                    ScoreUpdates.follow(services.events(), jobs);
                    TrackActions track = new TrackActions(services.jobs().tracker(), services.resumes(), services.tasks())
                            .withLetterWriter(postingId -> {
                                if (navigator.navigate(PageIds.LETTERS)) {
                                    services.events().publish(new WriteLetter(postingId));
                                }
                            });
                    return new JobsView(jobs, runs, track);
                });
    }
}
