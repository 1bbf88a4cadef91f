package dev.careeragent.ui.nav;

/** Moves the main window between pages; pages use it for their "go there" buttons. */
public interface Navigator {

    /** Shows the page; returns false (and changes nothing) when no page has that id. */
    boolean navigate(String pageId);

    boolean hasPage(String pageId);

    /** Opens the Jobs page on one posting (see {@link ShowPosting}); false when there is no Jobs page. */
    default boolean showPosting(long postingId) {
        return navigate(PageIds.JOBS);
    }

    /** Opens the Applications page on one application (see {@link ShowApplication}); false when there is no such page. */
    default boolean showApplication(long applicationId) {
        return navigate(PageIds.APPLICATIONS);
    }
}
