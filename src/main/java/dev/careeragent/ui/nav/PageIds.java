package dev.careeragent.ui.nav;

/** Ids of the app's pages, including ones later features install; navigation to a missing page is ignored. */
public final class PageIds {

    public static final String DASHBOARD = "dashboard";
    public static final String RESUME = "resume";
    public static final String JOBS = "jobs";
    public static final String ACTIVITY = "activity";
    public static final String APPLICATIONS = "applications";
    public static final String ANALYTICS = "analytics";
    public static final String SETTINGS = "settings";
    public static final String ABOUT = "about";

    private PageIds() {
    }
}
