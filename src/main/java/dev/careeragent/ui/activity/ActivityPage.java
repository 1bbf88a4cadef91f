package dev.careeragent.ui.activity;

import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import java.time.ZoneId;
import javafx.application.Platform;

/** The Activity page entry for the navigation rail. */
public final class ActivityPage {

    private ActivityPage() {
    }

    public static Page page() {
        return new Page(PageIds.ACTIVITY, "Activity", Icons.HISTORY, null, Page.Placement.MAIN,
                (services, navigator) -> new ActivityView(new ActivityViewModel(services.scheduler(),
                        services.scheduleStatus(), services.tasks(), services.events(), Platform::runLater,
                        ZoneId.systemDefault())));
    }
}
