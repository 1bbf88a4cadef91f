package dev.careeragent.resume.compare;

import dev.careeragent.resume.compare.FieldChange.Kind;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Labels;
import dev.careeragent.resume.model.Link;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.model.SectionHeading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Field-level comparison of two resumes: contact fields, summary, section headings, and entries added,
 * removed or changed (jobs by title and company, schools, projects, extra sections), down to single bullets.
 */
public final class ResumeDiffer {

    public ResumeDiff compare(Resume before, Resume after) {
        List<FieldChange> out = new ArrayList<>();
        contact(out, before.contact(), after.contact());
        value(out, "Summary", "Headline", before.headline(), after.headline());
        value(out, "Summary", "Summary", before.summary(), after.summary());
        items(out, "Sections", "Section", titles(before.sections()), titles(after.sections()));
        entries(out, "Experience", map(before.experience(), ResumeDiffer::job), map(after.experience(), ResumeDiffer::job));
        entries(out, "Education", map(before.education(), ResumeDiffer::school), map(after.education(), ResumeDiffer::school));
        items(out, "Skills", "Skill", before.skills(), after.skills());
        entries(out, "Projects", map(before.projects(), ResumeDiffer::project), map(after.projects(), ResumeDiffer::project));
        items(out, "Certifications", "Certification", before.certifications(), after.certifications());
        items(out, "Languages", "Language", before.languages(), after.languages());
        entries(out, "Other sections", map(before.otherSections(), o -> new DiffEntry(o.heading(), Map.of("Heading",
                o.heading()), "Line", o.lines())), map(after.otherSections(), o -> new DiffEntry(o.heading(),
                Map.of("Heading", o.heading()), "Line", o.lines())));
        return new ResumeDiff(out);
    }

    private static void contact(List<FieldChange> out, Contact a, Contact b) {
        value(out, "Contact", "Name", a.name(), b.name());
        value(out, "Contact", "Email", a.email(), b.email());
        value(out, "Contact", "Phone", a.phone(), b.phone());
        value(out, "Contact", "Location", a.location(), b.location());
        items(out, "Contact", "Link", a.links().stream().map(Link::url).toList(), b.links().stream().map(Link::url).toList());
    }

    private static DiffEntry job(ExperienceEntry e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", e.title());
        fields.put("Company", e.company());
        fields.put("Location", e.location());
        fields.put("Dates", dates(e.start(), e.end(), e.current()));
        return new DiffEntry(Labels.job(e), fields, "Bullet", e.bullets());
    }

    private static DiffEntry school(EducationEntry e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("School", e.school());
        fields.put("Degree", e.degree());
        fields.put("Field", e.field());
        fields.put("Location", e.location());
        fields.put("Dates", dates(e.start(), e.end(), false));
        fields.put("GPA", e.gpa());
        return new DiffEntry(Labels.join(e.degree(), e.school()), fields, "Detail", e.details());
    }

    private static DiffEntry project(ProjectEntry p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Name", p.name());
        fields.put("Description", p.description());
        fields.put("Link", p.url());
        fields.put("Dates", dates(p.start(), p.end(), p.current()));
        return new DiffEntry(Labels.project(p), fields, "Bullet", p.bullets());
    }

    /** Pairs entries by key, then leftover entries in order when they resemble each other; the rest are added/removed. */
    private static void entries(List<FieldChange> out, String section, List<DiffEntry> before, List<DiffEntry> after) {
        List<DiffEntry> left = new ArrayList<>(before);
        List<DiffEntry> right = new ArrayList<>(after);
        List<DiffEntry[]> pairs = new ArrayList<>();
        for (DiffEntry a : before) {
            right.stream().filter(b -> b.key().equals(a.key())).findFirst().ifPresent(b -> {
                pairs.add(new DiffEntry[] {a, b});
                left.remove(a);
                right.remove(b);
            });
        }
        for (DiffEntry a : List.copyOf(left)) {
            right.stream().filter(a::resembles).findFirst().ifPresent(b -> {
                pairs.add(new DiffEntry[] {a, b});
                left.remove(a);
                right.remove(b);
            });
        }
        left.forEach(a -> out.add(new FieldChange(section, "Entry", Kind.REMOVED, a.label(), null)));
        for (DiffEntry[] pair : pairs) {
            String where = section + ": " + pair[1].label();
            pair[0].fields().forEach((field, value) -> value(out, where, field, value, pair[1].fields().get(field)));
            items(out, where, pair[0].itemName(), pair[0].items(), pair[1].items());
        }
        right.forEach(b -> out.add(new FieldChange(section, "Entry", Kind.ADDED, null, b.label())));
    }

    /** A one-for-one edit of an item shows as CHANGED; other differences as items added or removed. */
    private static void items(List<FieldChange> out, String section, String field, List<String> before, List<String> after) {
        List<String> removed = before.stream().filter(s -> !after.contains(s)).toList();
        List<String> added = after.stream().filter(s -> !before.contains(s)).toList();
        if (removed.size() == 1 && added.size() == 1) {
            out.add(new FieldChange(section, field, Kind.CHANGED, removed.get(0), added.get(0)));
            return;
        }
        removed.forEach(s -> out.add(new FieldChange(section, field, Kind.REMOVED, s, null)));
        added.forEach(s -> out.add(new FieldChange(section, field, Kind.ADDED, null, s)));
    }

    private static void value(List<FieldChange> out, String section, String field, String before, String after) {
        String a = blankToNull(before);
        String b = blankToNull(after);
        if (Objects.equals(a, b)) {
            return;
        }
        Kind kind = a == null ? Kind.ADDED : b == null ? Kind.REMOVED : Kind.CHANGED;
        out.add(new FieldChange(section, field, kind, a, b));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> titles(List<SectionHeading> headings) {
        return headings.stream().map(SectionHeading::title).toList();
    }

    private static <T> List<DiffEntry> map(List<T> list, Function<T, DiffEntry> f) {
        return list.stream().map(f).toList();
    }

    private static String dates(ResumeDate start, ResumeDate end, boolean current) {
        String to = current ? "present" : end == null ? "" : end.toIso();
        return start == null && to.isEmpty() ? null : (start == null ? "" : start.toIso()) + " to " + to;
    }
}
