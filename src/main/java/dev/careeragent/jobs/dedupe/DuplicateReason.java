package dev.careeragent.jobs.dedupe;

/** Why two postings were judged the same job, strongest first. */
public enum DuplicateReason {
    SAME_SOURCE_ID,
    SAME_URL,
    SAME_COMPANY_TITLE_LOCATION,
    NEAR_IDENTICAL_DESCRIPTION
}
