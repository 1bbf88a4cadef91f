package dev.careeragent.resume.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Finds a file's real format from its first bytes; the file name only breaks ties between text kinds. */
public final class FormatDetector {

    private static final String SAVE_AS = " Please save your resume as PDF, Word (.docx), or plain text and import that file.";

    public ResumeFormat detect(byte[] bytes, String fileName) throws ResumeImportException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF") || indexOf(bytes, "%PDF-", 1024) >= 0) {
            return ResumeFormat.PDF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return zipFormat(bytes);
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            return ResumeFormat.DOC;
        }
        if (startsWith(bytes, "{\\rtf")) {
            throw unsupported("This file is in Rich Text Format (RTF), which Career Agent cannot read.");
        }
        if (isImage(bytes)) {
            throw unsupported("This file is a picture, not a document, so there is no text to read.");
        }
        String text = decodeText(bytes);
        if (text == null) {
            throw unsupported("This file is not a PDF, Word or text document"
                    + (name.isEmpty() ? "" : " (whatever its name \"" + fileName + "\" says)") + ".");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{") && trimmed.contains("\"basics\"")) {
            return ResumeFormat.JSON_RESUME;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || trimmed.startsWith("# ")) {
            return ResumeFormat.MARKDOWN;
        }
        return ResumeFormat.TEXT;
    }

    private static ResumeFormat zipFormat(byte[] bytes) throws ResumeImportException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            boolean odt = false;
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String entryName = entry.getName();
                if (entryName.startsWith("word/")) {
                    return ResumeFormat.DOCX;
                }
                odt |= entryName.equals("content.xml");
            }
            throw unsupported(odt ? "This is an OpenDocument (.odt) file, which Career Agent cannot read yet."
                    : "This is a ZIP archive, not a Word document.");
        } catch (IOException | IllegalArgumentException e) { // a malformed entry name is an IllegalArgumentException
            // A damaged archive still gets a chance in the DOCX reader, which explains the damage.
            return ResumeFormat.DOCX;
        }
    }

    static ResumeImportException unsupported(String what) {
        return new ResumeImportException(ResumeImportException.Kind.UNSUPPORTED_FORMAT, what + SAVE_AS);
    }

    private static boolean isImage(byte[] b) {
        return startsWith(b, "\u0089PNG") || (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8)
                || startsWith(b, "GIF8") || startsWith(b, "II*\u0000") || startsWith(b, "MM\u0000*")
                || (startsWith(b, "RIFF") && indexOf(b, "WEBP", 16) >= 0);
    }

    /** The bytes as text when they look like text (UTF-8 or UTF-16 with a BOM, few control characters). */
    static String decodeText(byte[] bytes) {
        String text;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        int control = 0;
        int sample = Math.min(text.length(), 20_000);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control > sample / 50 + 1 ? null : text;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, String needle, int limit) {
        int end = Math.min(bytes.length, limit) - needle.length();
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length(); j++) {
                if ((bytes[i + j] & 0xFF) != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
