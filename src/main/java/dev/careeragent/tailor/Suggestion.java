package dev.careeragent.tailor;

/**
 * A proposed change to one bullet: where it is (for the user and as a reference), the text before and after, what
 * kind of change it is and why it helps with this job.
 */
public record Suggestion(BulletRef ref, String where, String before, String after, Kind kind, String why) {

    /** What the change does. */
    public enum Kind {
        STRONGER_VERB("Stronger verb"), JOB_WORDING("The job's wording"), REWRITE("Rewrite");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
