package dev.careeragent.sources.web;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A card that is a table row, read by its columns' headers: the cell under "Location" (or "City", "Ort", "工作地点",
 * ...) is the card's place, the cell under "Company" (or "Employer", "公司名称") its employer, the cell under "Job
 * title" (or "Position", "职位名称") its title, and one under "Department" weak employer evidence (a government
 * department hires; a university department is a unit). The headers are the table's own header row, or the only
 * row of a table just before it (a list whose header stays in view sits in a table of its own above the rows).
 */
final class TableColumns {

    private static final Pattern PLACE_HEADER = Pattern.compile("(?iu)^(?:(?:locations?|city|place|town|region"
            + "|workplace|work location|ort|plats|stad|arbetsort|standort|lieu|lugar|ubicación|località|miejsce"
            + "|lokalita|místo|город|місто)\\b|工作地点|地点|地区|地區|勤務地|所在地|근무지|지역)");
    private static final Pattern COMPANY_HEADER = Pattern.compile("(?iu)^(?:(?:company|employer|hiring organi[sz]ation"
            + "|organi[sz]ation|agency|arbetsgivare|unternehmen|entreprise|empresa|azienda|pracodawca|zaměstnavatel"
            + "|работодатель|компания)\\b|公司|企业|单位|雇主|会社|企業|회사|기업)");
    private static final Pattern TITLE_HEADER = Pattern.compile("(?iu)^(?:(?:job title|job|position|title|role"
            + "|vacancy|stelle|poste|puesto|cargo|stanowisko|pozice|вакансия|должность)\\b|职位|岗位|職種|직무|포지션)");
    private static final Pattern DEPARTMENT_HEADER = Pattern.compile("(?iu)^(?:department|departement|institution)\\b");

    private TableColumns() {
    }

    static void read(Element row, FieldVotes company, FieldVotes location) {
        List<Element> names = headers(row);
        List<Element> cells = cells(row);
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

    /** The row's cell under a job-title header, or null (not a row, or no such column). */
    static Element titleCell(Element row) {
        List<Element> names = headers(row);
        List<Element> cells = cells(row);
        for (int i = 0; i < Math.min(names.size(), cells.size()); i++) {
            if (TITLE_HEADER.matcher(names.get(i).text().strip()).find()) {
                return cells.get(i);
            }
        }
        return null;
    }

    private static List<Element> headers(Element row) {
        Element table = row.tagName().equals("tr") ? row.closest("table") : null;
        if (table == null) {
            return List.of();
        }
        Element header = table.selectFirst("tr:has(> th)");
        if (header == null) {
            Element above = table.previousElementSibling();
            boolean onlyHeader = above != null && above.tagName().equals("table") && above.select("tr").size() == 1;
            header = onlyHeader ? above.selectFirst("tr:has(> th)") : null;
        }
        return header == null || header == row ? List.of() : cells(header);
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(c -> c.tagName().matches("t[hd]")).toList();
    }
}
