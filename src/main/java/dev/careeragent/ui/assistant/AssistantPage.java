package dev.careeragent.ui.assistant;

import dev.careeragent.assistant.AssistantService;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;

/** The Assistant page entry for the navigation rail. */
public final class AssistantPage {

    public static final String ID = "assistant";

    private AssistantPage() {
    }

    public static Page page(AssistantService assistant) {
        return new Page(ID, "Assistant", Icons.CHAT, null, Page.Placement.MAIN, (services, navigator) ->
                new AssistantView(new AssistantViewModel(assistant, services.tasks(), new FxCallbacks()),
                        () -> navigator.navigate(PageIds.SETTINGS)));
    }
}
