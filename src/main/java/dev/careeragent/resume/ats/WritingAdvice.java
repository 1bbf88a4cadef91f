package dev.careeragent.resume.ats;

/** Advice on the wording of one line of the resume: where it is, the words, what to change. */
public record WritingAdvice(String where, String excerpt, Kind kind, String advice) {

    public enum Kind { WEAK_VERB, NO_NUMBER, TOO_LONG, REWRITE }
}
