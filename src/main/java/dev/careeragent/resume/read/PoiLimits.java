package dev.careeragent.resume.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

    /** The text part of a real resume is well under a megabyte; a bigger one is refused before POI builds it. */
    static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    /** Inflates word/document.xml up to the limit (a damaged archive is left for POI to explain). */
    static void checkBodySize(byte[] docx) throws ResumeImportException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    long size = 0;
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; size <= MAX_BODY_BYTES && (n = zip.read(buffer)) > 0; ) {
                        size += n;
                    }
                    if (size > MAX_BODY_BYTES && size > docx.length * 100L) {
                        throw zipBomb(null);
                    }
                    if (size > MAX_BODY_BYTES) {
                        throw new ResumeImportException(ResumeImportException.Kind.TOO_COMPLEX, String.format(
                                "The text of this Word file is over %d MB; a resume's is well under 1 MB, so it was not read."
                                        + " Please import the resume itself.", size / (1024 * 1024)));
                    }
                    return;
                }
            }
        } catch (IOException e) {
            // damaged: the reader's own messages explain it
        }
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
