package dev.careeragent.resume;

import dev.careeragent.resume.SkillEvidence.Source;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Labels;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.skills.Skill;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillMention;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a resume's skills, normalised to the taxonomy ("JS" is JavaScript), with the evidence: the skills
 * section, experience bullets, projects, the summary. Skills-section items the taxonomy does not know are
 * kept under their own name. Thread-safe.
 */
public final class ResumeSkills {

    private static final int SNIPPET = 160;
    /** Places shown for one skill; a resume repeating a skill 100,000 times keeps the first ones. */
    private static final int MAX_EVIDENCE = 50;

    private final SkillTaxonomy taxonomy;
    private final SkillExtractor extractor;

    public ResumeSkills(SkillTaxonomy taxonomy, SkillExtractor extractor) {
        this.taxonomy = taxonomy;
        this.extractor = extractor;
    }

    public List<ResumeSkill> find(Resume resume) {
        Found found = new Found();
        for (String item : resume.skills()) {
            skillsSectionItem(found, item);
        }
        text(found, Source.SUMMARY, "Summary", resume.headline());
        text(found, Source.SUMMARY, "Summary", resume.summary());
        for (ExperienceEntry job : resume.experience()) {
            String label = "Experience: " + Labels.job(job);
            text(found, Source.EXPERIENCE, label + ", title", job.title());
            for (int i = 0; i < job.bullets().size(); i++) {
                text(found, Source.EXPERIENCE, label + ", bullet " + (i + 1), job.bullets().get(i));
            }
        }
        for (ProjectEntry project : resume.projects()) {
            String label = "Projects: " + Labels.project(project);
            text(found, Source.PROJECTS, label, project.description());
            project.bullets().forEach(b -> text(found, Source.PROJECTS, label, b));
        }
        resume.education().forEach(e -> e.details().forEach(d -> text(found, Source.OTHER, "Education", d)));
        resume.certifications().forEach(c -> text(found, Source.OTHER, "Certifications", c));
        for (OtherSection other : resume.otherSections()) {
            other.lines().forEach(line -> text(found, Source.OTHER, other.heading(), line));
        }
        return found.result();
    }

    private void skillsSectionItem(Found found, String item) {
        if (item == null || item.isBlank()) {
            return;
        }
        Optional<Skill> whole = taxonomy.find(item);
        if (whole.isPresent()) {
            found.add(whole.get().name(), whole.get().category(), new SkillEvidence(Source.SKILLS_SECTION, "Skills section", snippet(item)));
            return;
        }
        List<SkillMention> mentions = extractor.extract(item, "Skills section");
        if (mentions.isEmpty()) {
            String name = item.strip();
            if (name.length() <= 60) { // a short unknown item is a skill; a long one is a sentence we cannot split
                found.add(name, null, new SkillEvidence(Source.SKILLS_SECTION, "Skills section", snippet(item)));
            }
            return;
        }
        mentions.forEach(m -> found.add(m.skill().name(), m.skill().category(),
                new SkillEvidence(Source.SKILLS_SECTION, "Skills section", snippet(item))));
    }

    private void text(Found found, Source source, String where, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (SkillMention m : extractor.extract(text, where)) {
            found.add(m.skill().name(), m.skill().category(), new SkillEvidence(source, where, snippet(text)));
        }
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
    }

    /** Skills by name (case-insensitive), in order of first appearance, evidence without repeats. */
    private static final class Found {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, String> categories = new LinkedHashMap<>();
        private final Map<String, Set<SkillEvidence>> evidence = new LinkedHashMap<>();

        void add(String name, String category, SkillEvidence where) {
            String key = name.toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, name);
            if (category != null) {
                categories.putIfAbsent(key, category);
            }
            Set<SkillEvidence> places = evidence.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (places.size() < MAX_EVIDENCE) {
                places.add(where);
            }
        }

        List<ResumeSkill> result() {
            List<ResumeSkill> out = new ArrayList<>();
            names.forEach((key, name) -> out.add(new ResumeSkill(name, categories.get(key), new ArrayList<>(evidence.get(key)))));
            return out;
        }
    }
}
