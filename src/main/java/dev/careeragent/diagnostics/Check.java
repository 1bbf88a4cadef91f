package dev.careeragent.diagnostics;

/** One result of {@link Doctor}: what was checked, how it went, and what to do about it. */
public record Check(String name, Status status, String detail, String fix) {

    public enum Status { OK, WARNING, FAILED }

    static Check ok(String name, String detail) {
        return new Check(name, Status.OK, detail, "");
    }

    static Check warning(String name, String detail, String fix) {
        return new Check(name, Status.WARNING, detail, fix);
    }

    static Check failed(String name, String detail, String fix) {
        return new Check(name, Status.FAILED, detail, fix);
    }
}
