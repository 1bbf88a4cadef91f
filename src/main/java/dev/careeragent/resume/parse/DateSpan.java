package dev.careeragent.resume.parse;

import dev.careeragent.resume.model.ResumeDate;

/** Dates found in a piece of text and where: {@code [from, to)} is the matched text. */
record DateSpan(ResumeDate start, ResumeDate end, boolean current, int from, int to) {

    String removeFrom(String text) {
        return (text.substring(0, from) + " " + text.substring(to)).strip();
    }
}
