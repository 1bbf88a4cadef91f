package dev.careeragent.resume.jsonresume;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Link;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.model.SectionHeading;
import dev.careeragent.resume.model.SectionKind;

/** Maps between our {@link Resume} and the JSON Resume schema (https://jsonresume.org/schema). */
public final class JsonResumeMapper {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The resume; a {@link JsonProcessingException} when the text is not JSON or not a usable JSON Resume. */
    public Resume fromJson(String json) throws JsonProcessingException {
        JsonNode root = mapper.readTree(json);
        String problem = JsonResumeShape.problem(root);
        if (problem != null) {
            throw new JsonResumeShape.Invalid(problem);
        }
        JsonNode basics = root.path("basics");
        List<Link> links = new ArrayList<>();
        if (!text(basics, "url").isEmpty()) {
            links.add(new Link("Website", text(basics, "url")));
        }
        for (JsonNode profile : basics.path("profiles")) {
            String url = text(profile, "url");
            links.add(new Link(text(profile, "network"), url.isEmpty() ? text(profile, "username") : url));
        }
        JsonNode loc = basics.path("location");
        String location = String.join(", ", List.of(text(loc, "city"), text(loc, "region"), text(loc, "countryCode"))
                .stream().filter(s -> !s.isEmpty()).toList());
        Contact contact = new Contact(nullable(text(basics, "name")), nullable(text(basics, "email")),
                nullable(text(basics, "phone")), nullable(location), links);
        List<ExperienceEntry> experience = new ArrayList<>();
        List<SectionHeading> sections = new ArrayList<>();
        for (JsonNode work : root.path("work")) {
            List<String> bullets = new ArrayList<>();
            if (!text(work, "summary").isEmpty()) {
                bullets.add(text(work, "summary"));
            }
            work.path("highlights").forEach(h -> bullets.add(h.asText()));
            experience.add(new ExperienceEntry(nullable(text(work, "position")), nullable(text(work, "name")),
                    nullable(text(work, "location")), date(work, "startDate"), date(work, "endDate"),
                    !text(work, "startDate").isEmpty() && text(work, "endDate").isEmpty(), bullets));
        }
        List<EducationEntry> education = new ArrayList<>();
        for (JsonNode edu : root.path("education")) {
            List<String> details = new ArrayList<>();
            edu.path("courses").forEach(c -> details.add(c.asText()));
            education.add(new EducationEntry(nullable(text(edu, "institution")), nullable(text(edu, "studyType")),
                    nullable(text(edu, "area")), null, date(edu, "startDate"), date(edu, "endDate"),
                    nullable(text(edu, "score")), details));
        }
        List<String> skills = new ArrayList<>();
        for (JsonNode skill : root.path("skills")) {
            if (skill.path("keywords").isEmpty()) {
                skills.add(text(skill, "name"));
            }
            skill.path("keywords").forEach(k -> skills.add(k.asText()));
        }
        List<ProjectEntry> projects = new ArrayList<>();
        for (JsonNode p : root.path("projects")) {
            List<String> bullets = new ArrayList<>();
            p.path("highlights").forEach(h -> bullets.add(h.asText()));
            projects.add(new ProjectEntry(text(p, "name"), nullable(text(p, "description")), bullets,
                    date(p, "startDate"), date(p, "endDate"), false, nullable(text(p, "url"))));
        }
        List<String> certifications = new ArrayList<>();
        root.path("certificates").forEach(c -> certifications.add(text(c, "name")));
        List<String> languages = new ArrayList<>();
        for (JsonNode l : root.path("languages")) {
            String fluency = text(l, "fluency");
            languages.add(fluency.isEmpty() ? text(l, "language") : text(l, "language") + " (" + fluency + ")");
        }
        List<OtherSection> other = new ArrayList<>();
        addOther(other, "Volunteer", root.path("volunteer"), "organization", "position");
        addOther(other, "Awards", root.path("awards"), "title", "awarder");
        addOther(other, "Publications", root.path("publications"), "name", "publisher");
        addOther(other, "Interests", root.path("interests"), "name", "keywords");
        addOther(other, "References", root.path("references"), "name", "reference");
        addSection(sections, "Summary", SectionKind.SUMMARY, !text(basics, "summary").isEmpty());
        addSection(sections, "Experience", SectionKind.EXPERIENCE, !experience.isEmpty());
        addSection(sections, "Education", SectionKind.EDUCATION, !education.isEmpty());
        addSection(sections, "Skills", SectionKind.SKILLS, !skills.isEmpty());
        addSection(sections, "Projects", SectionKind.PROJECTS, !projects.isEmpty());
        addSection(sections, "Certifications", SectionKind.CERTIFICATIONS, !certifications.isEmpty());
        addSection(sections, "Languages", SectionKind.LANGUAGES, !languages.isEmpty());
        other.forEach(o -> sections.add(new SectionHeading(o.heading(), SectionKind.OTHER)));
        return new Resume(contact, nullable(text(basics, "label")), nullable(text(basics, "summary")), experience,
                education, skills, projects, certifications, languages, other, sections);
    }

    public String toJson(Resume resume) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
        ObjectNode basics = root.putObject("basics");
        Contact c = resume.contact();
        putIfPresent(basics, "name", c.name());
        putIfPresent(basics, "label", resume.headline());
        putIfPresent(basics, "email", c.email());
        putIfPresent(basics, "phone", c.phone());
        putIfPresent(basics, "summary", resume.summary());
        if (c.location() != null) {
            basics.putObject("location").put("city", c.location());
        }
        ArrayNode profiles = basics.putArray("profiles");
        for (Link link : c.links()) {
            if ("Website".equals(link.label()) && !basics.has("url")) {
                basics.put("url", link.url());
            } else {
                profiles.addObject().put("network", link.label()).put("url", link.url());
            }
        }
        ArrayNode work = root.putArray("work");
        for (ExperienceEntry e : resume.experience()) {
            ObjectNode w = work.addObject();
            putIfPresent(w, "name", e.company());
            putIfPresent(w, "position", e.title());
            putIfPresent(w, "location", e.location());
            putIfPresent(w, "startDate", iso(e.start()));
            putIfPresent(w, "endDate", iso(e.end()));
            strings(w.putArray("highlights"), e.bullets());
        }
        ArrayNode education = root.putArray("education");
        for (EducationEntry e : resume.education()) {
            ObjectNode n = education.addObject();
            putIfPresent(n, "institution", e.school());
            putIfPresent(n, "studyType", e.degree());
            putIfPresent(n, "area", e.field());
            putIfPresent(n, "startDate", iso(e.start()));
            putIfPresent(n, "endDate", iso(e.end()));
            putIfPresent(n, "score", e.gpa());
            strings(n.putArray("courses"), e.details());
        }
        ArrayNode skills = root.putArray("skills");
        resume.skills().forEach(s -> skills.addObject().put("name", s));
        ArrayNode projects = root.putArray("projects");
        for (ProjectEntry p : resume.projects()) {
            ObjectNode n = projects.addObject();
            putIfPresent(n, "name", p.name());
            putIfPresent(n, "description", p.description());
            putIfPresent(n, "url", p.url());
            putIfPresent(n, "startDate", iso(p.start()));
            putIfPresent(n, "endDate", iso(p.end()));
            strings(n.putArray("highlights"), p.bullets());
        }
        ArrayNode certificates = root.putArray("certificates");
        resume.certifications().forEach(s -> certificates.addObject().put("name", s));
        ArrayNode languages = root.putArray("languages");
        resume.languages().forEach(s -> languages.addObject().put("language", s));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON Resume", e);
        }
    }

    private static void addOther(List<OtherSection> other, String heading, JsonNode array, String first, String second) {
        List<String> lines = new ArrayList<>();
        for (JsonNode n : array) {
            String a = n.path(first).isArray() ? join(n.path(first)) : text(n, first);
            String b = n.path(second).isArray() ? join(n.path(second)) : text(n, second);
            lines.add(b.isEmpty() ? a : a + " | " + b);
        }
        if (!lines.isEmpty()) {
            other.add(new OtherSection(heading, lines));
        }
    }

    private static void addSection(List<SectionHeading> sections, String title, SectionKind kind, boolean present) {
        if (present) {
            sections.add(new SectionHeading(title, kind));
        }
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join(", ", parts);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static String iso(ResumeDate date) {
        return date == null ? null : date.toIso();
    }

    private static ResumeDate date(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value.isEmpty() ? null : ResumeDate.parseIso(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText().strip() : "";
    }

    private static String nullable(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** True when {@code e} says the JSON is fine but not a usable JSON Resume (wrong types, empty, too long). */
    public static boolean isShapeProblem(JsonProcessingException e) {
        return e instanceof JsonResumeShape.Invalid;
    }
}
