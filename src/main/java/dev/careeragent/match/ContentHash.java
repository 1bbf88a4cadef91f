package dev.careeragent.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 keys for cached vectors and change detection. Text is normalised first (MiniLM ignores case and spacing). */
public final class ContentHash {

    private static final long FNV_PRIME = 0x100000001b3L;

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

    /**
     * A 64-bit fingerprint of the same parts as {@link #ofParts}, for the in-memory "did it change since I last
     * looked" check of every posting on every rescore: FNV-1a over four interleaved lanes of characters (independent
     * multiplies run in parallel), about 20 times cheaper than SHA-256.
     */
    public static long fingerprint(Object... parts) {
        long h0 = 0xcbf29ce484222325L;
        long h1 = h0 ^ 1;
        long h2 = h0 ^ 2;
        long h3 = h0 ^ 3;
        for (Object p : parts) {
            String s = String.valueOf(p);
            int n = s.length();
            int i = 0;
            for (; i + 3 < n; i += 4) {
                h0 = (h0 ^ s.charAt(i)) * FNV_PRIME;
                h1 = (h1 ^ s.charAt(i + 1)) * FNV_PRIME;
                h2 = (h2 ^ s.charAt(i + 2)) * FNV_PRIME;
                h3 = (h3 ^ s.charAt(i + 3)) * FNV_PRIME;
            }
            for (; i < n; i++) {
                h0 = (h0 ^ s.charAt(i)) * FNV_PRIME;
            }
            h0 = (h0 ^ n ^ 0x1f00000L) * FNV_PRIME;
        }
        return h0 ^ Long.rotateLeft(h1, 16) ^ Long.rotateLeft(h2, 32) ^ Long.rotateLeft(h3, 48);
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
