package dev.careeragent.sources.web;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A card that is a table row, read by its columns' headers: the cell under "Location" (or "City", "Ort", ...) is
 * the card's place, the cell under "Company" (or "Employer", "Organisation") its employer, and one under
 * "Department" weak employer evidence (a government department hires; a university department is a unit).
 */
final class TableColumns {

    private static final Pattern PLACE_HEADER = Pattern.compile(
            "(?iu)^(?:locations?|city|place|town|region|workplace|work location|ort|plats|stad|arbetsort|standort|lieu)\\b");
    private static final Pattern COMPANY_HEADER = Pattern.compile(
            "(?iu)^(?:company|employer|hiring organi[sz]ation|organi[sz]ation|agency|arbetsgivare|unternehmen|entreprise)\\b");
    private static final Pattern DEPARTMENT_HEADER = Pattern.compile("(?iu)^(?:department|departement|institution)\\b");

    private TableColumns() {
    }

    static void read(Element row, FieldVotes company, FieldVotes location) {
        Element table = row.tagName().equals("tr") ? row.closest("table") : null;
        Element header = table == null ? null : table.selectFirst("tr:has(> th)");
        if (header == null || header == row) {
            return;
        }
        List<Element> names = header.children().stream().filter(c -> c.tagName().matches("t[hd]")).toList();
        List<Element> cells = row.children().stream().filter(c -> c.tagName().matches("t[hd]")).toList();
        for (int i = 0; i < Math.min(names.size(), cells.size()); i++) {
            String name = names.get(i).text().strip();
            String value = cells.get(i).text().strip();
            if (value.isEmpty() || value.length() > 80) {
                continue;
            }
            if (PLACE_HEADER.matcher(name).find() && PlaceCheck.canBePlace(value)) {
                location.add(value, 4);
            } else if (COMPANY_HEADER.matcher(name).find()) {
                company.add(value, 4);
            } else if (DEPARTMENT_HEADER.matcher(name).find()) {
                company.add(value, 1);
            }
        }
    }
}
