package dev.careeragent.letters.guard;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a letter may state: the resume's own words (employers, titles, degrees, skills, every number and year
 * in it) and the posting's (the company's facts and the role applied for). Built once per letter check.
 */
public final class FactSources {

    private final String resumeText;
    private final String postingText;
    private final Set<String> employers = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> degreeFamilies = new HashSet<>();
    private final Set<String> skills = new HashSet<>();
    private final Set<String> resumeNumbers;
    private final Set<String> postingNumbers;

    public FactSources(Resume resume, List<ResumeSkill> resumeSkills, JobPosting posting) {
        List<String> parts = new ArrayList<>();
        parts.add(resume.headline());
        parts.addAll(List.of(nz(resume.contact().name()), nz(resume.contact().email()), nz(resume.contact().phone()),
                nz(resume.contact().location())));
        parts.add(resume.summary());
        for (ExperienceEntry e : resume.experience()) {
            add(employers, e.company());
            add(titles, e.title());
            parts.addAll(List.of(nz(e.title()), nz(e.company()), nz(e.location()), dates(e.start(), e.end())));
            parts.addAll(e.bullets());
        }
        for (EducationEntry e : resume.education()) {
            parts.addAll(List.of(nz(e.school()), nz(e.degree()), nz(e.field()), nz(e.gpa()), dates(e.start(), e.end())));
            parts.addAll(e.details());
            Degrees.families(nz(e.degree()) + " " + nz(e.field())).forEach(degreeFamilies::add);
        }
        for (ProjectEntry p : resume.projects()) {
            parts.addAll(List.of(nz(p.name()), nz(p.description()), dates(p.start(), p.end())));
            parts.addAll(p.bullets());
        }
        parts.addAll(resume.skills());
        parts.addAll(resume.certifications());
        parts.addAll(resume.languages());
        resume.otherSections().forEach(o -> parts.addAll(o.lines()));
        resume.certifications().forEach(c -> Degrees.families(c).forEach(degreeFamilies::add));
        resume.skills().forEach(s -> add(skills, s));
        resumeSkills.forEach(s -> add(skills, s.name()));
        this.resumeText = normal(String.join("\n", parts.stream().filter(p -> p != null).toList()));
        this.postingText = posting == null ? "" : normal(Stream.of(posting.title(), posting.company(), posting.location(),
                posting.descriptionText()).filter(p -> p != null).reduce("", (a, b) -> a + "\n" + b));
        this.resumeNumbers = Numbers.in(resumeText);
        this.postingNumbers = Numbers.in(postingText);
    }

    private static String dates(Object start, Object end) {
        return (start == null ? "" : start + " ") + (end == null ? "" : end);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void add(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(normal(value));
        }
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    String employer(String name) {
        String n = normal(name);
        if (employers.stream().anyMatch(e -> e.equals(n) || e.startsWith(n + " ") || n.startsWith(e + " "))
                || containsWords(resumeText, n)) {
            return "resume";
        }
        return containsWords(postingText, n) ? "posting" : null;
    }

    String title(String title) {
        String n = normal(title);
        if (titles.stream().anyMatch(t -> t.contains(n)) || containsWords(resumeText, n)) {
            return "resume";
        }
        return containsWords(postingText, n) ? "posting (the role)" : null;
    }

    String degree(String family) {
        return degreeFamilies.contains(family) ? "resume: Education" : null;
    }

    String skill(String name) {
        String n = normal(name);
        return skills.contains(n) || containsWords(resumeText, n) ? "resume: Skills" : null;
    }

    String number(String canonical) {
        if (resumeNumbers.contains(canonical)) {
            return "resume";
        }
        return postingNumbers.contains(canonical) ? "posting" : null;
    }

    static boolean containsWords(String haystack, String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
