package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;

import dev.careeragent.resume.model.ExperienceEntry;

/** Jobs held one after another at the same employer, written under one employer line. */
final class EmployerRoles {

    private EmployerRoles() {
    }

    /**
     * One employer with several roles: an entry that names only an employer ("West Telemarketing, Omaha, NE") and
     * holds no lines of its own gives its name and place to the roles under it, which name no employer.
     */
    static List<ExperienceEntry> shared(List<ExperienceEntry> entries) {
        List<ExperienceEntry> result = new ArrayList<>();
        ExperienceEntry employer = null;
        for (int i = 0; i < entries.size(); i++) {
            ExperienceEntry e = entries.get(i);
            boolean employerOnly = e.title() == null && e.company() != null && e.bullets().isEmpty();
            ExperienceEntry next = i + 1 < entries.size() ? entries.get(i + 1) : null;
            if (employerOnly && next != null && next.company() == null && next.title() != null) {
                employer = e;
                continue;
            }
            if (employer != null && e.company() == null && e.title() != null) {
                e = new ExperienceEntry(e.title(), employer.company(), e.location() != null ? e.location()
                        : employer.location(), e.start(), e.end(), e.current(), e.bullets());
            } else {
                employer = null;
            }
            result.add(e);
        }
        return result;
    }
}
