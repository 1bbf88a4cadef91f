package dev.careeragent.sources.fetch;

import dev.careeragent.core.AppInfo;

/** The user agent for API calls: names the app and where to learn about it, as API etiquette asks. */
public final class UserAgents {

    public static final String CONTACT_URL = "https://careeragent.dev/bot";

    private UserAgents() {
    }

    public static String api() {
        return "CareerAgent/" + AppInfo.version() + " (personal job search; +" + CONTACT_URL + ")";
    }
}
