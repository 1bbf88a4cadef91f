package dev.careeragent.tracker.exchange;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Contact;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.model.StatusChange;
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
