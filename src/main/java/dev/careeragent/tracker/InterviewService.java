package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.TrackerException;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.tracker.store.InterviewStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Interviews: schedule with a prep checklist, the week view, and iCalendar export and invite import. */
public final class InterviewService {

    /** What an imported event became: the interview and the application it was filed under. */
    public record Imported(Interview interview, Application application) {
    }

    private final InterviewStore store;
    private final TrackerService tracker;
    private final PrepTopics topics;
    private final EventBus events;
    private final Clock clock;

    public InterviewService(InterviewStore store, TrackerService tracker, PrepTopics topics, EventBus events, Clock clock) {
        this.store = store;
        this.tracker = tracker;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules an interview; its prep notes start as a checklist of the job's required skills and the user's gaps. */
    public Interview schedule(long applicationId, ZonedDateTime start, int minutes, Interview.Kind kind, String people,
            String place) {
        Application application = tracker.require(applicationId);
        Interview saved = store.save(new Interview(null, applicationId, newUid(), start, minutes, kind, people, place,
                prepChecklist(application)));
        events.publish(new ApplicationChanged(applicationId, application.status()));
        return saved;
    }

    /** "- [ ] Java" for each required skill, then "- [ ] Gap: ..." for each missing one. */
    public String prepChecklist(Application application) {
        List<String> lines = new ArrayList<>();
        lines.add("- [ ] Research " + application.company() + " and re-read the job ad");
        if (application.jobPostingId() != null) {
            topics.requiredSkills(application.jobPostingId()).forEach(s -> lines.add("- [ ] Review: " + s));
            topics.gaps(application.jobPostingId()).forEach(s -> lines.add("- [ ] Gap to address: " + s));
        }
        lines.add("- [ ] Questions to ask them");
        return String.join("\n", lines);
    }

    public Interview save(Interview edited) {
        return store.save(edited);
    }

    public Optional<Interview> find(long id) { return store.find(id); }
    public List<Interview> all() { return store.all(); }
    public List<Interview> forApplication(long applicationId) { return store.forApplication(applicationId); }
    public boolean delete(long id) { return store.delete(id); }

    /** The interviews of the week (Monday to Sunday in {@code zone}) that holds {@code day}. */
    public List<Interview> week(LocalDate day, ZoneId zone) {
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        return store.between(monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant());
    }

    /** The next interview from now, if any. */
    public Optional<Interview> next() {
        return store.between(clock.instant(), clock.instant().plus(java.time.Duration.ofDays(3650))).stream().findFirst();
    }

    /** The given interviews (all when empty) as an .ics text. */
    public String exportIcs(List<Long> ids) {
        List<Interview> chosen = ids.isEmpty() ? store.all()
                : ids.stream().map(id -> store.find(id).orElseThrow(() -> new TrackerException("There is no interview " + id + ".")))
                        .toList();
        return InterviewCalendar.write(chosen.stream().map(i -> {
            Application a = tracker.require(i.applicationId());
            return new InterviewCalendar.Entry(i, a.company(), a.title());
        }).toList());
    }

    /**
     * Files every event of an invite under the application it names (the company in the summary, description,
     * place or people; open applications first), or under {@code applicationId} when given.
     */
    public List<Imported> importInvite(String ics, Long applicationId) {
        List<InterviewCalendar.InviteEvent> invite = InterviewCalendar.read(ics);
        List<Imported> imported = new ArrayList<>();
        for (InterviewCalendar.InviteEvent event : invite) {
            Application target = applicationId != null ? tracker.require(applicationId) : matchApplication(event)
                    .orElseThrow(() -> new TrackerException("No application matches the invite \"" + event.summary()
                            + "\": choose the application to file it under."));
            String uid = event.uid() == null || event.uid().isBlank() ? newUid() : event.uid();
            String notes = event.description() == null ? prepChecklist(target)
                    : prepChecklist(target) + "\n\nFrom the invite:\n" + event.description();
            Interview saved = store.save(new Interview(null, target.id(), uid, event.start(), event.durationMinutes(),
                    event.kind(), String.join(", ", event.people()), event.place(), notes));
            events.publish(new ApplicationChanged(target.id(), target.status()));
            imported.add(new Imported(saved, target));
        }
        return imported;
    }

    Optional<Application> matchApplication(InterviewCalendar.InviteEvent event) {
        String text = event.searchableText();
        return tracker.all().stream()
                .filter(a -> mentions(text, a.company()))
                .min(Comparator.comparing((Application a) -> a.status().isClosed())
                        .thenComparing(Application::updatedAt, Comparator.reverseOrder()));
    }

    private static boolean mentions(String text, String company) {
        String name = company.toLowerCase(Locale.ROOT).replaceAll("\\b(inc|gmbh|ltd|llc|corp|ag|sa)\\.?$", "").trim();
        return !name.isEmpty() && (text.contains(name) || text.contains("@" + name.replaceAll("[^a-z0-9]", "") + "."));
    }

    private static String newUid() {
        return UUID.randomUUID() + "@career-agent";
    }
}
