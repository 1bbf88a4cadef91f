package dev.careeragent.tracker.exchange;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.tracker.Application;
import dev.careeragent.tracker.Contact;
import dev.careeragent.tracker.Interview;
import dev.careeragent.tracker.Offer;
import dev.careeragent.tracker.StatusChange;
import java.util.List;

/** Everything the JSON export holds; ids are those of the exporting database and are remapped on import. */
public record TrackerArchive(String format, int version, List<JobPosting> jobs, List<Entry> applications,
        List<Contact> contacts) {

    public static final String FORMAT = "career-agent";
    public static final int VERSION = 1;

    /** One application with its history, interviews and offers. */
    public record Entry(Application application, List<StatusChange> history, List<Interview> interviews, List<Offer> offers) {
    }
}
