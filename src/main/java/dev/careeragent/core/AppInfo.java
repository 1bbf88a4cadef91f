package dev.careeragent.core;

/** Name and version of the running app, from the jar manifest (or "dev" when run from classes). */
public final class AppInfo {

    public static final String NAME = "Career Agent";

    private AppInfo() {
    }

    public static String version() {
        String version = AppInfo.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }

    public static String javaVersion() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }
}
