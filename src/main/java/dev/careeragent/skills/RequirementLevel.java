package dev.careeragent.skills;

/** How strongly a part of a job posting asks for the skills it names. */
enum RequirementLevel {
    /** "Requirements", "Must have", "Qualifications" or a sentence with "must"/"required". */
    REQUIRED,
    /** "Nice to have", "Preferred", "Bonus", "... is a plus". */
    PREFERRED,
    /** Describes the job (intro, responsibilities): counts as required only when nothing else is. */
    DESCRIBES,
    /** Benefits, company blurb, how to apply, equal-opportunity text: not about the candidate. */
    IGNORED
}
