package dev.careeragent.match;

/** The parts of a match score. */
public enum MatchComponent {
    /** Required and preferred skills of the posting that the resume shows (related skills count in part). */
    SKILLS,
    /** Semantic similarity of the resume's sections and the posting's text (sentence embeddings). */
    MEANING,
    /** Job title against the roles wanted (similarity and occupational field), level and years against the candidate's. */
    FIT,
    /** Work mode, place, salary, employment type and how fresh the posting is. */
    PREFERENCES
}
