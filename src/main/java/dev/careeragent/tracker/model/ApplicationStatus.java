package dev.careeragent.tracker.model;

import java.util.Locale;
import java.util.Optional;

/** Where an application stands; the order is the board's column order and the funnel's. */
public enum ApplicationStatus {
    SAVED("Saved"), APPLIED("Applied"), SCREENING("Screening"), INTERVIEW("Interview"), OFFER("Offer"),
    ACCEPTED("Accepted"), REJECTED("Rejected"), WITHDRAWN("Withdrawn"), NO_ANSWER("No answer");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** Closed applications get no follow-ups and leave the pipeline. */
    public boolean isClosed() {
        return this == ACCEPTED || this == REJECTED || this == WITHDRAWN;
    }

    /** A reply from the employer: every status past Applied except silence and the user's own withdrawal. */
    public boolean isResponse() {
        return this == SCREENING || this == INTERVIEW || this == OFFER || this == ACCEPTED || this == REJECTED;
    }

    /** Reads "no answer", "No_Answer", "interview", ... ; empty when the text names no status. */
    public static Optional<ApplicationStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (ApplicationStatus status : values()) {
            if (status.name().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
