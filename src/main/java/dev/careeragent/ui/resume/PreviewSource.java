package dev.careeragent.ui.resume;

/** Makes the preview of an original file; runs on a background thread. */
@FunctionalInterface
public interface PreviewSource {

    /** @param format the stored format name ("PDF", "DOCX", "TEXT", ...) */
    Preview render(byte[] bytes, String format) throws Exception;
}
