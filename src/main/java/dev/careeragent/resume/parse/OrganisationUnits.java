package dev.careeragent.resume.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Medicines Analysis Team, NHSEI" and "Central Analytical Unit, DfE": a team or unit named before its employer is
 * where in the employer the job was, so the employer alone is the company.
 */
final class OrganisationUnits {

    private static final Pattern UNIT = Pattern.compile("(?iu)\\b(team|unit|department|dept\\.?|division|directorate"
            + "|section|branch|office|abteilung|service|servicio|equipe|équipe)$");

    private OrganisationUnits() {
    }

    /** The names after the leading units, when at least one name that is no unit follows them. */
    static List<String> employerOnly(List<String> names) {
        int units = 0;
        while (units < names.size() && UNIT.matcher(names.get(units).strip()).find()) {
            units++;
        }
        return units > 0 && units < names.size() ? names.subList(units, names.size()) : names;
    }
}
