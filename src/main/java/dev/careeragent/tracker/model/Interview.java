package dev.careeragent.tracker.model;

import java.time.ZonedDateTime;

/**
 * A scheduled interview. {@code place} is an address or a meeting link; {@code prepNotes} is a checklist of
 * "- [ ] ..." lines; {@code uid} is the iCalendar UID, so a re-imported invite updates instead of duplicating.
 */
public record Interview(Long id, long applicationId, String uid, ZonedDateTime start, int durationMinutes, Kind kind,
        String people, String place, String prepNotes) {

    public enum Kind {
        PHONE("Phone"), VIDEO("Video"), ON_SITE("On site");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() { return label; }

        @Override public String toString() { return label; }
    }

    public Interview {
        if (start == null) {
            throw new IllegalArgumentException("An interview needs a date and time.");
        }
        if (durationMinutes <= 0) {
            durationMinutes = 60;
        }
        kind = kind == null ? Kind.VIDEO : kind;
    }

    public Interview withId(long newId) {
        return new Interview(newId, applicationId, uid, start, durationMinutes, kind, people, place, prepNotes);
    }

    public Interview withPrepNotes(String notes) {
        return new Interview(id, applicationId, uid, start, durationMinutes, kind, people, place, notes);
    }
}
