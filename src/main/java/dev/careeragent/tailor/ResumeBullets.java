package dev.careeragent.tailor;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Labels;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import java.util.ArrayList;
import java.util.List;

/** The bullets of a resume with their references, and a resume with some bullets replaced. */
final class ResumeBullets {

    /** One bullet with where it is. */
    record Bullet(BulletRef ref, String where, String text) {
    }

    private ResumeBullets() {
    }

    static List<Bullet> of(Resume resume) {
        List<Bullet> out = new ArrayList<>();
        for (int e = 0; e < resume.experience().size(); e++) {
            ExperienceEntry job = resume.experience().get(e);
            add(out, BulletRef.Section.EXPERIENCE, e, "Experience: " + Labels.job(job), job.bullets());
        }
        for (int p = 0; p < resume.projects().size(); p++) {
            ProjectEntry project = resume.projects().get(p);
            add(out, BulletRef.Section.PROJECT, p, "Projects: " + Labels.project(project), project.bullets());
        }
        return out;
    }

    private static void add(List<Bullet> out, BulletRef.Section section, int entry, String where, List<String> bullets) {
        for (int b = 0; b < bullets.size(); b++) {
            if (!bullets.get(b).isBlank()) {
                out.add(new Bullet(new BulletRef(section, entry, b), where + ", bullet " + (b + 1), bullets.get(b).strip()));
            }
        }
    }

    /**
     * The resume with each accepted suggestion's bullet replaced; a suggestion whose bullet no longer reads as its
     * "before" text is refused, so a stale suggestion never overwrites other words.
     */
    static Resume apply(Resume resume, List<Suggestion> accepted) {
        List<ExperienceEntry> jobs = new ArrayList<>(resume.experience());
        List<ProjectEntry> projects = new ArrayList<>(resume.projects());
        for (Suggestion s : accepted) {
            BulletRef r = s.ref();
            if (r.section() == BulletRef.Section.EXPERIENCE) {
                ExperienceEntry j = jobs.get(r.entry());
                jobs.set(r.entry(), new ExperienceEntry(j.title(), j.company(), j.location(), j.start(), j.end(), j.current(),
                        replaced(j.bullets(), s)));
            } else {
                ProjectEntry p = projects.get(r.entry());
                projects.set(r.entry(), new ProjectEntry(p.name(), p.description(), replaced(p.bullets(), s), p.start(), p.end(),
                        p.current(), p.url()));
            }
        }
        return new Resume(resume.contact(), resume.headline(), resume.summary(), jobs, resume.education(), resume.skills(),
                projects, resume.certifications(), resume.languages(), resume.otherSections(), resume.sections());
    }

    private static List<String> replaced(List<String> bullets, Suggestion s) {
        int i = s.ref().bullet();
        if (i >= bullets.size() || !bullets.get(i).strip().equals(s.before())) {
            throw new IllegalStateException("The bullet \"" + s.before() + "\" has changed since the suggestions were made;"
                    + " ask for new suggestions.");
        }
        List<String> copy = new ArrayList<>(bullets);
        copy.set(i, s.after());
        return copy;
    }
}
