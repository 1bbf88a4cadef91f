package dev.careeragent.jobs.dedupe;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.LocationParser;
import dev.careeragent.jobs.normalize.ParsedLocation;
import java.util.ArrayList;
import java.util.List;

/** Reads the corpus's 956-row Glassdoor CSV (RFC 4180: quoted fields may hold commas, quotes and newlines). */
final class GlassdoorCsv {

    private GlassdoorCsv() {
    }

    static List<JobPosting> postings(String csv) {
        List<List<String>> rows = rows(csv);
        List<String> header = rows.get(0);
        int title = header.indexOf("Job Title");
        int description = header.indexOf("Job Description");
        int company = header.indexOf("Company Name");
        int location = header.indexOf("Location");
        LocationParser locations = new LocationParser();
        List<JobPosting> postings = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() < header.size()) {
                continue;
            }
            ParsedLocation loc = locations.parse(r.get(location));
            postings.add(JobPosting.builder().source("glassdoor-csv").sourceId(String.valueOf(i))
                    .title(r.get(title)).company(r.get(company).split("\n")[0].strip())
                    .location(r.get(location)).city(loc.city()).region(loc.region()).country(loc.country())
                    .descriptionText(r.get(description)).build());
        }
        return postings;
    }

    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
