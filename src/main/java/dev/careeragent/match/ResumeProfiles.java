package dev.careeragent.match;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link MatchProfile} of a parsed resume: the adapter between the resume feature and matching. */
public final class ResumeProfiles {

    private static final Pattern STATED_YEARS = Pattern.compile(
            "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\\+?\\s*(?:\\+\\s*)?years?");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private final SkillExtractor extractor;

    public ResumeProfiles(SkillExtractor extractor) {
        this.extractor = extractor;
    }

    /** The profile of {@code resume} as of {@code today}, wanting {@code targetRoles} (may be empty). */
    public MatchProfile from(Resume resume, List<String> targetRoles, String label, LocalDate today) {
        List<MatchProfile.Section> sections = sections(resume);
        Map<String, MatchProfile.SkillEvidence> skills = new LinkedHashMap<>();
        for (ExperienceEntry e : resume.experience()) {
            double years = months(e, today) / 12.0;
            MatchProfile.Section section = experienceSection(e);
            for (SkillMention m : extractor.extract(section.text(), section.name())) {
                MatchProfile.SkillEvidence old = skills.get(m.skill().name());
                double total = years + (old == null ? 0 : old.years());
                skills.put(m.skill().name(), new MatchProfile.SkillEvidence(m.skill().name(),
                        old == null ? m.where() : old.where(), old == null ? m.matchedText() : old.evidence(), total));
            }
        }
        for (MatchProfile.Section s : sections) {
            for (SkillMention m : extractor.extract(s.text(), s.name())) {
                skills.putIfAbsent(m.skill().name(), new MatchProfile.SkillEvidence(m.skill().name(), s.name(), m.matchedText(), 0));
            }
        }
        List<String> titles = new ArrayList<>();
        resume.experience().stream().map(ExperienceEntry::title).filter(t -> t != null && !t.isBlank()).forEach(titles::add);
        if (titles.isEmpty()) {
            titles.addAll(unplacedHeadings(resume));
        }
        if (resume.headline() != null && !resume.headline().isBlank()) {
            titles.add(0, resume.headline().strip());
        }
        double years = Math.max(yearsFromDates(resume.experience(), today), statedYears(resume.summary()));
        return new MatchProfile(label, sections, List.copyOf(skills.values()), titles, years, targetRoles);
    }

    /** Headings of the sections every resume has, which never name a job ("Education & Certificates", "Skills"). */
    private static final Pattern STANDARD_SECTION = Pattern.compile("(?i)\\b(?:education|skills?|certific\\w*|projects?"
            + "|awards?|honou?rs?|interests?|languages?|references?|summary|objective|profile|contact|achievements?"
            + "|volunteer\\w*|hobb\\w*|publications?|courses?|coursework|training|resume|cv|about)\\b");

    /**
     * When the parser placed no job, the jobs are in the sections it could not place ("Teaching Experience",
     * "Jeff Bonner R&D - Composite Technician"): their headings stand in for the job titles.
     */
    private static List<String> unplacedHeadings(Resume r) {
        return r.otherSections().stream().map(OtherSection::heading).filter(h -> h != null && !h.isBlank())
                .filter(h -> !STANDARD_SECTION.matcher(h).find()).map(String::strip).toList();
    }

    private static List<MatchProfile.Section> sections(Resume r) {
        List<MatchProfile.Section> out = new ArrayList<>();
        if (r.experience().isEmpty()) {
            // no job placed: what the resume says about its work is in the sections the parser could not place
            r.otherSections().stream().filter(o -> !o.lines().isEmpty()).forEach(o -> out.add(new MatchProfile.Section(
                    o.heading(), join(". ", o.heading(), String.join(" ", o.lines())))));
        }
        String summary = join(" ", r.headline(), r.summary());
        if (!summary.isBlank()) {
            out.add(new MatchProfile.Section("Summary", summary));
        }
        r.experience().forEach(e -> out.add(experienceSection(e)));
        if (!r.skills().isEmpty()) {
            out.add(new MatchProfile.Section("Skills", String.join(", ", r.skills())));
        }
        for (ProjectEntry p : r.projects()) {
            out.add(new MatchProfile.Section("Project: " + p.name(), join(" ", p.name(), p.description(), String.join(" ", p.bullets()))));
        }
        r.education().forEach(e -> out.add(new MatchProfile.Section("Education",
                join(" ", e.degree(), e.field(), e.school(), String.join(" ", e.details())))));
        if (!r.certifications().isEmpty()) {
            out.add(new MatchProfile.Section("Certifications", String.join(", ", r.certifications())));
        }
        return out;
    }

    private static MatchProfile.Section experienceSection(ExperienceEntry e) {
        String name = "Experience: " + join(" at ", e.title(), e.company());
        return new MatchProfile.Section(name, join(". ", e.title(), String.join(" ", e.bullets())));
    }

    /** Months covered by the jobs' date spans, overlapping spans counted once. */
    static double yearsFromDates(List<ExperienceEntry> entries, LocalDate today) {
        List<int[]> spans = new ArrayList<>();
        for (ExperienceEntry e : entries) {
            if (e.start() != null) {
                int start = monthIndex(e.start(), 1);
                int end = e.end() != null ? monthIndex(e.end(), 12) : e.current() ? today.getYear() * 12 + today.getMonthValue() - 1 : start + 11;
                spans.add(new int[] {start, Math.max(start, end)});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        int months = 0;
        int coveredTo = Integer.MIN_VALUE;
        for (int[] s : spans) {
            int from = Math.max(s[0], coveredTo + 1);
            if (s[1] >= from) {
                months += s[1] - from + 1;
                coveredTo = s[1];
            }
        }
        return months / 12.0;
    }

    private static double months(ExperienceEntry e, LocalDate today) {
        return yearsFromDates(List.of(e), today) * 12;
    }

    private static int monthIndex(ResumeDate d, int defaultMonth) {
        return d.year() * 12 + (d.month() == null ? defaultMonth : d.month()) - 1;
    }

    /** "8+ years in full-stack development" in the summary: the largest such number. */
    static double statedYears(String summary) {
        if (summary == null) {
            return 0;
        }
        double best = 0;
        Matcher m = STATED_YEARS.matcher(summary);
        while (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int value = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n)
                    : n.equals("fifteen") ? 15 : n.equals("twenty") ? 20 : NUMBER_WORDS.indexOf(n);
            if (value <= 45) {
                best = Math.max(best, value);
            }
        }
        return best;
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }
}
