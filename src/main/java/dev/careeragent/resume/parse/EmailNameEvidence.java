package dev.careeragent.resume.parse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The email's local part as weak evidence for a name: "anna.m.rowan@..." backs "Anna Rowan", "alinadi.cp@..." backs
 * "ali nadi". Counts the candidate's words of three letters or more (accents dropped) found in the local part.
 */
final class EmailNameEvidence {

    private EmailNameEvidence() {
    }

    static int wordsFound(String candidate, String email) {
        if (email == null || candidate == null || email.indexOf('@') <= 0) {
            return 0;
        }
        String local = plain(email.substring(0, email.indexOf('@')));
        int found = 0;
        for (String word : plain(candidate).split("[^\\p{L}]+")) {
            if (word.length() >= 3 && local.contains(word)) {
                found++;
            }
        }
        return found;
    }

    /**
     * A name set all in lower case in display type ("ali nadi", "emma j stone"), backed by the email, with capitals
     * restored; a middle initial may stand between the names.
     */
    static String lowerCaseName(String candidate, String email) {
        if (!candidate.matches("\\p{Ll}{2,}(?: \\p{Ll}\\.?)?(?: \\p{Ll}{2,}){1,2}") || wordsFound(candidate, email) < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : candidate.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
