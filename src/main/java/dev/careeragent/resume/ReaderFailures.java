package dev.careeragent.resume;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.careeragent.core.guard.Watchdog;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.read.ResumeImportException.Kind;

/** Turns whatever stopped a reader into one line for the user; the details go to the log file only. */
final class ReaderFailures {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderFailures.class);

    private ReaderFailures() {
    }

    static ResumeImportException explain(Watchdog.Failure failure, String fileName, Duration budget) {
        if (failure.getCause() instanceof ResumeImportException known) {
            return known;
        }
        LOG.warn("Reading {} stopped: {}", fileName, failure.reason(), failure.getCause());
        String message = switch (failure.reason()) {
            case TIME -> "Reading this file took longer than " + budget.toSeconds() + " seconds, so it was stopped."
                    + " It is built in an unusual way; please save it again as PDF or Word and import the new file.";
            case NESTING -> "This file is nested too deeply (tables or sections inside each other thousands of times),"
                    + " so it was not read. Please save it again from your word processor and import the new file.";
            case MEMORY -> "This file needs far more memory than a resume could, so it was not read. Please save it"
                    + " again from your word processor and import the new file.";
            case INTERRUPTED -> "Reading the file was cancelled.";
            case ERROR -> "This file is damaged and cannot be read. Please save it again from the program that made it"
                    + " and import the new file.";
        };
        Kind kind = failure.reason() == Watchdog.Reason.ERROR ? Kind.CORRUPT : Kind.TOO_COMPLEX;
        return new ResumeImportException(kind, message, failure.getCause());
    }
}
