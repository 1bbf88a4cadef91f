package dev.careeragent.notify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * A mail server's reply as the user sees it: one readable line. Reply codes and line breaks go, credentials (as typed
 * or base64-encoded, as AUTH sends them) are hidden, control characters dropped and the length capped.
 */
final class ServerReply {

    static final int MAX_LENGTH = 200;
    private static final String HIDDEN = "***";
    /** "535-5.7.8 " or "550 " at the start of a reply line. */
    private static final Pattern CODE = Pattern.compile("^\\s*\\d{3}[- ]?(\\d\\.\\d{1,3}\\.\\d{1,3}\\s*)?");
    /** A long base64 run (with a digit, + or /, so long words stay): what AUTH exchanges look like. */
    private static final Pattern BASE64 = Pattern.compile("(?=[A-Za-z0-9+/]{0,200}[0-9+/])[A-Za-z0-9+/]{16,}={0,2}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private ServerReply() {
    }

    static String oneLine(String reply, Collection<String> secrets) {
        if (reply == null || reply.isBlank()) {
            return "";
        }
        String text = reply;
        for (String secret : secrets) {
            text = hide(text, secret);
        }
        StringBuilder line = new StringBuilder();
        for (String part : text.split("\\R")) {
            String clean = CODE.matcher(part).replaceFirst("").strip();
            if (!clean.isEmpty()) {
                line.append(line.isEmpty() ? "" : " ").append(clean);
            }
        }
        String result = UNPRINTABLE.matcher(BASE64.matcher(line).replaceAll(HIDDEN)).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH - 1).strip() + "\u2026" : result;
    }

    private static String hide(String text, String secret) {
        if (secret == null || secret.isBlank()) {
            return text;
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        String encoded = Base64.getEncoder().encodeToString(bytes);
        String asMailReadsIt = new String(bytes, StandardCharsets.ISO_8859_1); // replies are decoded byte by byte
        return text.replace(secret, HIDDEN).replace(asMailReadsIt, HIDDEN).replace(encoded, HIDDEN);
    }
}
