package dev.careeragent.sources.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.sources.Json;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.RawPosting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a schema.org {@code JobPosting} from a page's JSON-LD (top level, arrays, or {@code @graph}) into a
 * {@link RawPosting}. Site parsers use it to fill what their markup lacks.
 */
public final class JsonLdJobPostingReader {

    private static final int MAX_DEPTH = 8;

    /** The first JobPosting in the document's JSON-LD, if any. */
    public Optional<RawPosting> read(Document doc, String source) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = Json.read(script.data().strip(), "JSON-LD");
            } catch (JobPageParseException e) {
                continue; // sites ship broken JSON-LD blocks next to good ones
            }
            Optional<JsonNode> posting = find(root);
            if (posting.isPresent()) {
                RawPosting raw = toRaw(posting.get(), source);
                JsonNode org = posting.get().get("hiringOrganization");
                String orgId = org == null || !org.isObject() ? null : Json.text(org, "@id");
                if (raw.company() == null && orgId != null) {
                    raw.company(orgName(byId(root, orgId, 0)));
                }
                return Optional.of(raw);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(JsonNode node) {
        return find(node, 0);
    }

    /** Arrays, {@code @graph} and nested objects ({@code mainEntity} of a WebPage, an ItemList's items). */
    private static Optional<JsonNode> find(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH || !node.isContainerNode()) {
            return Optional.empty();
        }
        if (node.isObject() && isJobPosting(node)) {
            return Optional.of(node);
        }
        for (JsonNode child : node) {
            Optional<JsonNode> f = find(child, depth + 1);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** A node of the same JSON-LD block by its {@code @id} ("hiringOrganization": {"@id": "#org"} in a graph). */
    private static JsonNode byId(JsonNode root, String id, int depth) {
        if (root == null || depth > MAX_DEPTH || !root.isContainerNode()) {
            return null;
        }
        if (root.isObject() && id.equals(Json.text(root, "@id")) && root.size() > 1) {
            return root;
        }
        for (JsonNode child : root) {
            JsonNode f = byId(child, id, depth + 1);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static boolean isJobPosting(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().endsWith("JobPosting")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().endsWith("JobPosting");
    }

    private static RawPosting toRaw(JsonNode p, String source) {
        RawPosting raw = new RawPosting(source)
                .title(Json.text(p, "title"))
                .company(orgName(p.get("hiringOrganization")))
                .descriptionHtml(unescapeOnce(Json.text(p, "description")))
                .postedText(Json.text(p, "datePosted"))
                .employmentType(String.join(", ", Json.texts(p, "employmentType")))
                .url(Json.text(p, "url"))
                .sourceId(identifier(p.get("identifier")));
        JsonNode industry = p.get("industry");
        if (industry != null) {
            raw.industries(Json.texts(p, "industry"));
        }
        raw.seniority(Json.text(p, "experienceRequirements", "name"));
        location(p, raw);
        salary(p.get("baseSalary") != null ? p.get("baseSalary") : p.get("estimatedSalary"), raw);
        return raw;
    }

    /** Some sites HTML-escape the description inside the JSON ("&lt;p&gt;"); undo that once. */
    private static String unescapeOnce(String html) {
        return html != null && html.indexOf('<') < 0 && html.contains("&lt;") ? Parser.unescapeEntities(html, false) : html;
    }

    private static String orgName(JsonNode org) {
        if (org == null) {
            return null;
        }
        if (org.isArray()) {
            return org.size() == 0 ? null : orgName(org.get(0));
        }
        return org.isTextual() ? org.asText() : Json.text(org, "name");
    }

    private static String identifier(JsonNode id) {
        if (id == null) {
            return null;
        }
        return id.isValueNode() ? id.asText() : Json.text(id, "value");
    }

    private static void location(JsonNode p, RawPosting raw) {
        List<JsonNode> places = list(p.get("jobLocation"));
        Set<String> texts = new LinkedHashSet<>();
        JsonNode firstAddress = null;
        for (JsonNode place : places) {
            JsonNode address = place.has("address") ? place.get("address") : place;
            if (address.isTextual()) {
                texts.add(address.asText());
                continue;
            }
            firstAddress = firstAddress == null ? address : firstAddress;
            List<String> parts = new ArrayList<>();
            for (String field : new String[] {"addressLocality", "addressRegion", "addressCountry"}) {
                String v = field.equals("addressCountry") ? countryOf(address.get(field)) : Json.text(address, field);
                if (v != null && !parts.contains(v)) {
                    parts.add(v);
                }
            }
            if (!parts.isEmpty()) {
                texts.add(String.join(", ", parts));
            }
        }
        boolean telecommute = "TELECOMMUTE".equalsIgnoreCase(Json.text(p, "jobLocationType"));
        List<String> applicant = new ArrayList<>();
        for (JsonNode req : list(p.get("applicantLocationRequirements"))) {
            String name = req.isTextual() ? req.asText() : Json.text(req, "name");
            if (name != null) {
                applicant.add(name);
            }
        }
        if (texts.isEmpty() && !applicant.isEmpty()) {
            texts.add(String.join(", ", applicant));
        }
        raw.location(texts.isEmpty() ? (telecommute ? "Remote" : null) : String.join(" · ", texts));
        if (texts.size() == 1 && firstAddress != null) {
            raw.city(Json.text(firstAddress, "addressLocality"))
                    .region(Json.text(firstAddress, "addressRegion"));
        }
        if (telecommute) {
            raw.remote(RemoteMode.REMOTE);
        }
    }

    private static String countryOf(JsonNode country) {
        if (country == null || country.isNull()) {
            return null;
        }
        return country.isTextual() ? country.asText() : Json.text(country, "name");
    }

    private static void salary(JsonNode salary, RawPosting raw) {
        if (salary == null || salary.isNull()) {
            return;
        }
        if (salary.isTextual()) {
            raw.salaryText(salary.asText());
            return;
        }
        JsonNode value = salary.get("value");
        String currency = Json.text(salary, "currency");
        BigDecimal min;
        BigDecimal max;
        String unit;
        if (value != null && value.isObject()) {
            min = Json.number(value, "minValue");
            max = Json.number(value, "maxValue");
            BigDecimal exact = Json.number(value, "value");
            if (min == null && max == null) {
                min = exact;
                max = exact;
            }
            unit = Json.text(value, "unitText");
        } else {
            min = Json.number(salary, "minValue");
            max = Json.number(salary, "maxValue");
            if (min == null && max == null && value != null) {
                min = Json.number(salary, "value");
                max = min;
            }
            unit = Json.text(salary, "unitText");
        }
        if (min != null || max != null) {
            raw.salary(Json.positive(min), Json.positive(max), currency, SalaryParser.periodOf(unit));
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }
}
