package dev.careeragent.resume.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

/**
 * The single-column, ATS-friendly template as a list of blocks: name, contact line, then each section in
 * the resume's own order with plain headings, "Title | Company" lines, a place-and-dates line and bullets.
 */
final class ExportLayout {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    List<Block> blocks(Resume resume) {
        List<Block> blocks = new ArrayList<>();
        Contact c = resume.contact();
        add(blocks, Block.Type.NAME, c.name());
        add(blocks, Block.Type.HEADLINE, resume.headline());
        String contactLine = Stream.concat(Stream.of(c.email(), c.phone(), c.location()),
                        c.links().stream().map(Link::url))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" | "));
        add(blocks, Block.Type.CONTACT, contactLine);
        for (SectionHeading heading : sections(resume)) {
            int before = blocks.size();
            blocks.add(new Block(Block.Type.HEADING, heading.title()));
            switch (heading.kind()) {
                case SUMMARY -> add(blocks, Block.Type.PARAGRAPH, resume.summary());
                case EXPERIENCE -> resume.experience().forEach(e -> experience(blocks, e));
                case EDUCATION -> resume.education().forEach(e -> education(blocks, e));
                case PROJECTS -> resume.projects().forEach(p -> project(blocks, p));
                case SKILLS -> add(blocks, Block.Type.PARAGRAPH, String.join(", ", resume.skills()));
                case CERTIFICATIONS -> resume.certifications().forEach(s -> add(blocks, Block.Type.BULLET, s));
                case LANGUAGES -> resume.languages().forEach(s -> add(blocks, Block.Type.BULLET, s));
                case OTHER -> resume.otherSections().stream().filter(o -> o.heading().equals(heading.title()))
                        .flatMap(o -> o.lines().stream()).forEach(s -> add(blocks, Block.Type.BULLET, s));
            }
            if (blocks.size() == before + 1) {
                blocks.remove(before);
            }
        }
        return blocks;
    }

    /** The resume's own section order, or a conventional one for sections it has but does not list. */
    private static List<SectionHeading> sections(Resume resume) {
        List<SectionHeading> sections = new ArrayList<>(resume.sections());
        addMissing(sections, SectionKind.SUMMARY, "Summary", resume.summary() != null);
        addMissing(sections, SectionKind.EXPERIENCE, "Experience", !resume.experience().isEmpty());
        addMissing(sections, SectionKind.EDUCATION, "Education", !resume.education().isEmpty());
        addMissing(sections, SectionKind.SKILLS, "Skills", !resume.skills().isEmpty());
        addMissing(sections, SectionKind.PROJECTS, "Projects", !resume.projects().isEmpty());
        addMissing(sections, SectionKind.CERTIFICATIONS, "Certifications", !resume.certifications().isEmpty());
        addMissing(sections, SectionKind.LANGUAGES, "Languages", !resume.languages().isEmpty());
        for (OtherSection other : resume.otherSections()) {
            if (sections.stream().noneMatch(s -> s.title().equals(other.heading()))) {
                sections.add(new SectionHeading(other.heading(), SectionKind.OTHER));
            }
        }
        List<SectionHeading> unique = new ArrayList<>();
        for (SectionHeading s : sections) {
            if (s.kind() == SectionKind.OTHER || unique.stream().noneMatch(u -> u.kind() == s.kind())) {
                unique.add(s);
            }
        }
        return unique;
    }

    private static void addMissing(List<SectionHeading> sections, SectionKind kind, String title, boolean present) {
        if (present && sections.stream().noneMatch(s -> s.kind() == kind)) {
            sections.add(new SectionHeading(title, kind));
        }
    }

    private static void experience(List<Block> blocks, ExperienceEntry e) {
        add(blocks, Block.Type.ENTRY_TITLE, join(" | ", e.title(), e.company()));
        add(blocks, Block.Type.ENTRY_META, join(" | ", e.location(), dates(e.start(), e.end(), e.current())));
        e.bullets().forEach(b -> add(blocks, Block.Type.BULLET, b));
    }

    private static void education(List<Block> blocks, EducationEntry e) {
        add(blocks, Block.Type.ENTRY_TITLE, e.school());
        String degree = e.degree() != null && e.field() != null ? e.degree() + " in " + e.field()
                : e.degree() != null ? e.degree() : e.field();
        add(blocks, Block.Type.ENTRY_META, join(" | ", degree, e.location(), dates(e.start(), e.end(), false)));
        if (e.gpa() != null) {
            add(blocks, Block.Type.BULLET, "GPA: " + e.gpa());
        }
        e.details().forEach(d -> add(blocks, Block.Type.BULLET, d));
    }

    private static void project(List<Block> blocks, ProjectEntry p) {
        add(blocks, Block.Type.ENTRY_TITLE, p.name());
        add(blocks, Block.Type.ENTRY_META, join(" | ", p.url(), dates(p.start(), p.end(), p.current())));
        add(blocks, Block.Type.PARAGRAPH, p.description());
        p.bullets().forEach(b -> add(blocks, Block.Type.BULLET, b));
    }

    static String dates(ResumeDate start, ResumeDate end, boolean current) {
        String to = current ? "Present" : format(end);
        String from = format(start);
        if (from == null) {
            return to;
        }
        return to == null ? from : from + " – " + to;
    }

    private static String format(ResumeDate date) {
        if (date == null) {
            return null;
        }
        return date.month() == null ? String.valueOf(date.year()) : MONTHS[date.month() - 1] + " " + date.year();
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }

    private static void add(List<Block> blocks, Block.Type type, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(type, text.strip()));
        }
    }
}
