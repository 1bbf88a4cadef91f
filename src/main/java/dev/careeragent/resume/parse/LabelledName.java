package dev.careeragent.resume.parse;

import dev.careeragent.resume.read.TextLine;
import java.util.ArrayList;
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

    /** The value, with a romanised form in brackets after it set aside ("유 희 수 (LYU HEE SU)"). */
    private static final String VALUE = "\\s*[:：]\\s*(\\p{L}[\\p{L}'’. -]{0,40}?)\\s*(?:\\([\\p{L} .'-]{2,40}\\))?$";
    private static final Pattern GIVEN = Pattern.compile("(?iu)^(?:first\\s+names?|given\\s+names?|forenames?|pr[ée]noms?"
            + "|vorname[n]?|nombres?|nome)" + VALUE);
    private static final Pattern FAMILY = Pattern.compile("(?iu)^(?:last\\s+name|surnames?|family\\s+name|nom(?:\\s+de\\s+famille)?"
            + "|nachname|familienname|apellidos?|sobrenome|cognome)" + VALUE);
    /** The whole name in one field ("Name: Jörg Teichmann", "nama : Rifqi Zidan Azhary", "Nome: Ana Souza"). */
    private static final Pattern WHOLE = Pattern.compile("(?iu)^(?:(?:full\\s+)?name|nama(?:\\s+lengkap)?|nome(?:\\s+completo)?"
            + "|nom complet|nombres?(?:\\s+completo)?|naam|imi[eę] i nazwisko|성\\s*명|이\\s*름|姓\\s*名|氏\\s*名|名\\s*前)" + VALUE);
    private static final String GIVEN_LABEL = "(?:first\\s+names?|given\\s+names?|vorname[n]?|pr[ée]noms?|nombres?|nome)";
    private static final String FAMILY_LABEL = "(?:name|last\\s+name|surname|nachname|familienname|nom|apellidos?|cognome)";
    private static final String PART = "\\s*(\\p{L}[\\p{L}'’. -]{0,40}?)\\s*";
    /** Both in one field, in the order its label gives: "Name, Vorname: Riemenschneider, Dennis". */
    private static final Pattern FAMILY_THEN_GIVEN = Pattern.compile("(?iu)^" + FAMILY_LABEL + "\\s*,\\s*" + GIVEN_LABEL
            + "\\s*[:：]" + PART + "," + PART + "$");
    private static final Pattern GIVEN_THEN_FAMILY = Pattern.compile("(?iu)^" + GIVEN_LABEL + "\\s*,\\s*" + FAMILY_LABEL
            + "\\s*[:：]" + PART + "," + PART + "$");
    private static final int LINES = 25;
    private static final Pattern BULLET = Pattern.compile("^[•·▪■◦*-]\\s*");
    /** A name in a script without capitals and spaces: two to four Hangul syllables or Han characters ("서현재"). */
    static final Pattern CASELESS_NAME = Pattern.compile("^(?:\\p{IsHangul}{2,4}|\\p{IsHan}{2,4})$");
    /** Display type letter-spaces a Hangul name ("유 희 수"): the spaces go. */
    private static final Pattern SPACED_SYLLABLES = Pattern.compile("(?<=^\\p{IsHangul}|\\s\\p{IsHangul})\\s(?=\\p{IsHangul}(?:\\s|$))");

    private LabelledName() {
    }

    static Optional<String> in(List<TextLine> lines) {
        String given = null;
        String family = null;
        String whole = null;
        for (String text : fields(lines.subList(0, Math.min(lines.size(), LINES)))) {
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
            named = named == null ? null : SPACED_SYLLABLES.matcher(named).replaceAll("");
            whole = whole != null || named == null || !named.contains(" ") && !CASELESS_NAME.matcher(named).matches()
                    ? whole : named;
        }
        if (given != null && family != null) {
            return Optional.of(given + " " + family);
        }
        return Optional.ofNullable(whole);
    }

    /**
     * Each line as "label: value", and also a form's fields: a label cell and the value cell after it on a table row
     * ("이름 | 김종환 | 나이 | ...") or a label alone on its line over its value ("성 명" over "서현재").
     */
    private static List<String> fields(List<TextLine> lines) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = BULLET.matcher(lines.get(i).text().strip()).replaceFirst("");
            fields.add(raw.replaceAll("\\s+", " "));
            String[] cells = raw.split("\\t+");
            for (int c = 0; c + 1 < cells.length; c++) {
                if (!cells[c].contains(":") && !cells[c].contains("：")) {
                    fields.add(cells[c].strip().replaceAll("\\s+", " ") + ": " + cells[c + 1].strip().replaceAll("\\s+", " "));
                }
            }
            if (i + 1 < lines.size() && cells.length == 1 && raw.length() <= 20 && !raw.contains(":") && !raw.contains("：")) {
                fields.add(raw.replaceAll("\\s+", " ") + ": " + lines.get(i + 1).text().strip().replaceAll("\\s+", " "));
            }
        }
        return fields;
    }

    private static String value(Matcher field) {
        return field.matches() ? field.group(1).strip().replaceAll("\\.$", "") : null;
    }
}
