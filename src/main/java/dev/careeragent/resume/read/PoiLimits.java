package dev.careeragent.resume.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/** POI's zip-bomb guards, applied before any Office file is opened (POI keeps them process-wide). */
final class PoiLimits {

    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    private PoiLimits() {
    }

    static void apply() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    static boolean isZipBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")
                    || message.contains("text size")) {
                return true;
            }
        }
        return false;
    }

    static ResumeImportException zipBomb(Throwable cause) {
        return new ResumeImportException(ResumeImportException.Kind.ZIP_BOMB, "This Word file expands to a huge size"
                + " when opened (a so-called zip bomb), so it was not read. Please save the resume again from your"
                + " word processor and import the new file.", cause);
    }
}
