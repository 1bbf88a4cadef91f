package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Interview;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attendee;
import biweekly.property.DateStart;
import biweekly.util.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Interviews as iCalendar (RFC 5545) through biweekly: export one or many, read the events of an invite. */
public final class InterviewCalendar {

    /** An interview with the words a calendar shows for it. */
    public record Entry(Interview interview, String company, String title) {
    }

    /** One event read from an invite, before it is matched to an application. */
    public record InviteEvent(String uid, ZonedDateTime start, int durationMinutes, String summary, String description,
            String place, List<String> people, Interview.Kind kind) {

        /** Every text of the invite, lower case, for finding the company it is about. */
        public String searchableText() {
            return String.join(" ", nz(summary), nz(description), nz(place), String.join(" ", people)).toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private InterviewCalendar() {
    }

    public static String write(List<Entry> entries) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Career Agent//Interviews//EN");
        for (Entry entry : entries) {
            Interview i = entry.interview();
            VEvent event = new VEvent();
            event.setUid(i.uid());
            event.setSummary(i.kind().label() + " interview: " + entry.company() + " – " + entry.title());
            DateStart start = new DateStart(java.util.Date.from(i.start().toInstant()), true);
            event.setDateStart(start);
            event.setDuration(Duration.builder().minutes(i.durationMinutes()).build());
            event.setLocation(i.place());
            event.setDescription(i.prepNotes());
            event.addCategories(i.kind().name());
            if (i.people() != null) {
                for (String person : i.people().split("\\s*[,;]\\s*")) {
                    if (!person.isBlank()) {
                        event.addAttendee(person.contains("@") ? new Attendee(null, person) : new Attendee(person, null));
                    }
                }
            }
            ical.addEvent(event);
            ZoneId zone = i.start().getZone();
            ical.getTimezoneInfo().setTimezone(start, new TimezoneAssignment(TimeZone.getTimeZone(zone), zone.getId()));
        }
        return Biweekly.write(ical).go();
    }

    /** The events of an invite; an unreadable or empty file gives a message, never a half result. */
    public static List<InviteEvent> read(String ics) {
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        List<InviteEvent> events = new ArrayList<>();
        for (ICalendar ical : calendars) {
            for (VEvent event : ical.getEvents()) {
                if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
                    continue;
                }
                events.add(event(ical, event));
            }
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("The file holds no calendar event with a start time (is it an .ics invite?).");
        }
        return events;
    }

    private static InviteEvent event(ICalendar ical, VEvent event) {
        TimezoneAssignment tz = ical.getTimezoneInfo().getTimezone(event.getDateStart());
        ZoneId zone = tz == null ? ZoneId.of("UTC") : tz.getTimeZone().toZoneId();
        ZonedDateTime start = event.getDateStart().getValue().toInstant().atZone(zone);
        int minutes = 60;
        if (event.getDuration() != null) {
            minutes = (int) (event.getDuration().getValue().toMillis() / 60_000);
        } else if (event.getDateEnd() != null) {
            minutes = (int) ((event.getDateEnd().getValue().getTime() - event.getDateStart().getValue().getTime()) / 60_000);
        }
        String summary = event.getSummary() == null ? null : event.getSummary().getValue();
        String description = event.getDescription() == null ? null : event.getDescription().getValue();
        String location = event.getLocation() == null ? null : event.getLocation().getValue();
        if ((location == null || location.isBlank()) && event.getUrl() != null) {
            location = event.getUrl().getValue();
        }
        if ((location == null || location.isBlank()) && description != null) {
            Matcher link = LINK.matcher(description);
            location = link.find() ? link.group() : null;
        }
        String place = location;
        List<String> people = new ArrayList<>();
        if (event.getOrganizer() != null) {
            people.add(person(event.getOrganizer().getCommonName(), event.getOrganizer().getEmail()));
        }
        event.getAttendees().forEach(a -> people.add(person(a.getCommonName(), a.getEmail())));
        String uid = event.getUid() == null ? null : event.getUid().getValue();
        Interview.Kind kind = event.getCategories().stream().flatMap(c -> c.getValues().stream())
                .flatMap(c -> java.util.Arrays.stream(Interview.Kind.values()).filter(k -> k.name().equals(c)))
                .findFirst().orElseGet(() -> kind(summary, place));
        return new InviteEvent(uid, start, minutes, summary, description, place,
                people.stream().filter(p -> !p.isBlank()).distinct().collect(Collectors.toList()), kind);
    }

    static Interview.Kind kind(String summary, String place) {
        String text = (nz(summary) + " " + nz(place)).toLowerCase(Locale.ROOT);
        if (text.contains("phone") || text.contains("call") && !text.contains("http")) {
            return Interview.Kind.PHONE;
        }
        if (text.contains("http") || text.contains("zoom") || text.contains("meet") || text.contains("teams")
                || text.contains("video")) {
            return Interview.Kind.VIDEO;
        }
        return place == null || place.isBlank() ? Interview.Kind.VIDEO : Interview.Kind.ON_SITE;
    }

    private static String person(String name, String email) {
        if (name != null && email != null) {
            return name + " <" + email + ">";
        }
        return name != null ? name : nz(email);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
