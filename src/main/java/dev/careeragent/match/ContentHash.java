package dev.careeragent.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 keys for cached vectors and change detection. Text is normalised first (MiniLM ignores case and spacing). */
public final class ContentHash {

    private ContentHash() {
    }

    /** Whitespace collapsed, trimmed, lower case: two texts the model cannot tell apart share a key. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Key of {@code text} embedded by {@code modelId}. */
    public static byte[] ofEmbedding(String modelId, String text) {
        return sha256(modelId + "\n" + normalise(text));
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** Hex SHA-256 of several parts separated by a unit separator (for "did the input change" checks). */
    public static String ofParts(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object p : parts) {
            joined.append(p).append('\u001f');
        }
        return hex(sha256(joined.toString()));
    }
}
