package dev.careeragent.resume;

/** The formats a version can be exported to, with their usual file extension. */
public enum ResumeExportFormat {
    PDF("pdf"), DOCX("docx"), JSON("json");

    private final String extension;

    ResumeExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
