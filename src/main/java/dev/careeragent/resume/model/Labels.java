package dev.careeragent.resume.model;

/** How an entry is named in messages: "Developer at Acme", a project's name. */
public final class Labels {

    private Labels() {
    }

    public static String job(ExperienceEntry job) {
        return join(job.title(), job.company());
    }

    public static String project(ProjectEntry project) {
        return project.name() == null || project.name().isBlank() ? "project" : project.name();
    }

    /** "first at second", either alone, or "entry" when both are blank. */
    public static String join(String first, String second) {
        boolean a = first != null && !first.isBlank();
        boolean b = second != null && !second.isBlank();
        return a && b ? first.strip() + " at " + second.strip() : a ? first.strip() : b ? second.strip() : "entry";
    }
}
