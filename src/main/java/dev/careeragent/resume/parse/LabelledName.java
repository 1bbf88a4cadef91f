package dev.careeragent.resume.parse;

import dev.careeragent.resume.read.TextLine;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name given in labelled fields near the top: two ("Prénom : Aminata" and "Nom : Diallo", "First name: Ana"), one
 * holding the whole name ("Name: Jörg Teichmann" under "Persönliche Daten"), or one holding both in the order its
 * label gives ("Name, Vorname: Riemenschneider, Dennis").
 */
final class LabelledName {

    private static final String VALUE = "\\s*[:：]\\s*(\\p{L}[\\p{L}'’. -]{0,40})$";
    private static final Pattern GIVEN = Pattern.compile("(?iu)^(?:first\\s+names?|given\\s+names?|forenames?|pr[ée]noms?"
            + "|vorname[n]?|nombres?|nome)" + VALUE);
    private static final Pattern FAMILY = Pattern.compile("(?iu)^(?:last\\s+name|surnames?|family\\s+name|nom(?:\\s+de\\s+famille)?"
            + "|nachname|familienname|apellidos?|sobrenome|cognome)" + VALUE);
    /** The whole name in one field ("Name: Jörg Teichmann", "nama : Rifqi Zidan Azhary", "Nome: Ana Souza"). */
    private static final Pattern WHOLE = Pattern.compile("(?iu)^(?:(?:full\\s+)?name|nama(?:\\s+lengkap)?|nome(?:\\s+completo)?"
            + "|nom complet|nombre completo|naam|imi[eę] i nazwisko)" + VALUE);
    private static final String GIVEN_LABEL = "(?:first\\s+names?|given\\s+names?|vorname[n]?|pr[ée]noms?|nombres?|nome)";
    private static final String FAMILY_LABEL = "(?:name|last\\s+name|surname|nachname|familienname|nom|apellidos?|cognome)";
    private static final String PART = "\\s*(\\p{L}[\\p{L}'’. -]{0,40}?)\\s*";
    /** Both in one field, in the order its label gives: "Name, Vorname: Riemenschneider, Dennis". */
    private static final Pattern FAMILY_THEN_GIVEN = Pattern.compile("(?iu)^" + FAMILY_LABEL + "\\s*,\\s*" + GIVEN_LABEL
            + "\\s*[:：]" + PART + "," + PART + "$");
    private static final Pattern GIVEN_THEN_FAMILY = Pattern.compile("(?iu)^" + GIVEN_LABEL + "\\s*,\\s*" + FAMILY_LABEL
            + "\\s*[:：]" + PART + "," + PART + "$");
    private static final int LINES = 25;

    private LabelledName() {
    }

    static Optional<String> in(List<TextLine> lines) {
        String given = null;
        String family = null;
        String whole = null;
        for (TextLine line : lines.subList(0, Math.min(lines.size(), LINES))) {
            String text = line.text().strip().replaceAll("\\s+", " ");
            Matcher both = FAMILY_THEN_GIVEN.matcher(text);
            if (both.matches()) {
                return Optional.of(both.group(2) + " " + both.group(1));
            }
            both = GIVEN_THEN_FAMILY.matcher(text);
            if (both.matches()) {
                return Optional.of(both.group(1) + " " + both.group(2));
            }
            given = given != null ? given : value(GIVEN.matcher(text));
            family = family != null ? family : value(FAMILY.matcher(text));
            String named = value(WHOLE.matcher(text));
            whole = whole != null || named == null || !named.contains(" ") ? whole : named;
        }
        if (given != null && family != null) {
            return Optional.of(given + " " + family);
        }
        return Optional.ofNullable(whole);
    }

    private static String value(Matcher field) {
        return field.matches() ? field.group(1).strip() : null;
    }
}
