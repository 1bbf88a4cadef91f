package dev.careeragent.resume.ats;

import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionHeading;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.ParseRisk;
import java.util.List;
import java.util.stream.Stream;

/** The parts of the check that do not depend on the posting: sections, contact details, length, file risks. */
final class StructureCheck {

    static final int VERY_SHORT_WORDS = 120;
    static final int SHORT_WORDS = 200;
    static final int LONG_WORDS = 1100;

    CheckResult sections(Resume resume) {
        CheckResult result = new CheckResult(AtsCategory.SECTIONS, 0);
        section(result, "Experience", 4, !resume.experience().isEmpty() || has(resume, SectionKind.EXPERIENCE));
        section(result, "Education", 3, !resume.education().isEmpty() || has(resume, SectionKind.EDUCATION));
        section(result, "Skills", 3, !resume.skills().isEmpty() || has(resume, SectionKind.SKILLS));
        if (blank(resume.summary())) {
            result.warning("No summary. Two or three lines on who you are and what you want help both people and ATS.");
        } else {
            result.ok("Found a summary.");
        }
        return result;
    }

    static boolean hasSkillsSection(Resume resume) {
        return !resume.skills().isEmpty() || has(resume, SectionKind.SKILLS);
    }

    CheckResult contact(Contact c) {
        CheckResult result = new CheckResult(AtsCategory.CONTACT, 0);
        field(result, "name", c.name(), 3);
        field(result, "email address", c.email(), 3);
        field(result, "phone number", c.phone(), 2);
        field(result, "location (city and country or region)", c.location(), 2);
        if (c.links().stream().anyMatch(l -> l.url() != null && l.url().toLowerCase().contains("linkedin"))) {
            result.ok("Found your LinkedIn link.");
        }
        return result;
    }

    CheckResult length(Resume resume, int pageCount) {
        CheckResult result = new CheckResult(AtsCategory.LENGTH, AtsCategory.LENGTH.maxPoints());
        int words = words(resume);
        String counted = words + " words" + (pageCount > 1 ? " on " + pageCount + " pages" : "");
        if (words < VERY_SHORT_WORDS) {
            result.add(-4);
            result.problem("Very short (" + counted + "). Describe each job with a few bullets on what you did and achieved.");
        } else if (words < SHORT_WORDS) {
            result.add(-2);
            result.warning("Short (" + counted + "). A few more bullets on what you achieved would help.");
        } else if (words > LONG_WORDS || pageCount > 2) {
            result.add(-2);
            result.warning("Long (" + counted + "). Two pages are enough for most roles; cut older or less relevant detail.");
        } else {
            result.ok("Length is fine (" + counted + ").");
        }
        return result;
    }

    CheckResult risks(List<ParseRisk> risks) {
        CheckResult result = new CheckResult(AtsCategory.PARSE_RISKS, AtsCategory.PARSE_RISKS.maxPoints());
        for (ParseRisk risk : risks) {
            int cost = switch (risk.kind()) {
                case NO_TEXT_LAYER, INCOMPLETE_FILE -> 8;
                case MULTI_COLUMN, TABLES -> 5;
                case TEXT_BOXES -> 4;
                case HEADER_FOOTER_TEXT -> 3;
                case IMAGES -> 2;
            };
            result.add(-cost);
            result.problem(risk.detail() + " " + fix(risk.kind()));
        }
        if (risks.isEmpty()) {
            result.ok("The file reads cleanly: one column, no tables, text boxes, header text or images found.");
        }
        return result;
    }

    private static String fix(ParseRisk.Kind kind) {
        return switch (kind) {
            case MULTI_COLUMN -> "Use a single-column layout (the export button makes one).";
            case TABLES -> "Write the content as plain lines instead of a table.";
            case TEXT_BOXES -> "Move the text out of text boxes into the page.";
            case HEADER_FOOTER_TEXT -> "Put contact details in the page body, not the header or footer.";
            case IMAGES -> "Keep important words as text, not inside pictures.";
            case NO_TEXT_LAYER, INCOMPLETE_FILE -> "Export the document again from the program that made it.";
        };
    }

    private static void section(CheckResult result, String name, int points, boolean present) {
        if (present) {
            result.add(points);
            result.ok("Found the " + name + " section.");
        } else {
            result.problem("No " + name + " section found. ATS look for a heading named \u201c" + name + "\u201d.");
        }
    }

    private static void field(CheckResult result, String name, String value, int points) {
        if (blank(value)) {
            result.problem("No " + name + " found. Put it at the top, in the page itself.");
        } else {
            result.add(points);
            result.ok("Found your " + name + ".");
        }
    }

    private static boolean has(Resume resume, SectionKind kind) {
        return resume.sections().stream().map(SectionHeading::kind).anyMatch(k -> k == kind);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static int words(Resume resume) {
        Stream<String> texts = Stream.of(
                Stream.of(resume.headline(), resume.summary()),
                resume.experience().stream().flatMap(e -> Stream.concat(Stream.of(e.title(), e.company(), e.location()),
                        e.bullets().stream())),
                resume.education().stream().flatMap(e -> Stream.concat(Stream.of(e.school(), e.degree(), e.field()),
                        e.details().stream())),
                resume.skills().stream(),
                resume.projects().stream().flatMap(p -> Stream.concat(Stream.of(p.name(), p.description()), p.bullets().stream())),
                resume.certifications().stream(), resume.languages().stream(),
                resume.otherSections().stream().flatMap(o -> o.lines().stream())).flatMap(s -> s);
        return texts.filter(s -> s != null && !s.isBlank()).mapToInt(s -> s.strip().split("\\s+").length).sum();
    }
}
