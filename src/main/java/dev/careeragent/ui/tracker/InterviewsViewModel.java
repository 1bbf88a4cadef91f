package dev.careeragent.ui.tracker;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.InterviewService;
import dev.careeragent.tracker.TrackerService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The interviews tab: the week's interviews, a form to add one for the selected application, .ics out and in. */
public final class InterviewsViewModel {

    /** A row of the week view. */
    public record Row(Interview interview, String company, String title) {
        @Override
        public String toString() {
            return interview.start().withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime().toString().replace('T', ' ')
                    + "  " + interview.kind().label() + "  " + company + " – " + title
                    + (interview.place() == null ? "" : "  @ " + interview.place());
        }
    }

    private final InterviewService interviews;
    private final TrackerService tracker;
    private final TaskExecutor tasks;
    private final ObjectProperty<Application> application;
    private final ObjectProperty<LocalDate> weekOf = new SimpleObjectProperty<>(LocalDate.now());
    private final ObservableList<Row> week = FXCollections.observableArrayList();
    private final ObjectProperty<WeekLayout<Row>> layout = new SimpleObjectProperty<>(
            WeekLayout.of(LocalDate.now(), ZoneId.systemDefault(), List.of()));
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now().plusDays(1));
    private final StringProperty time = new SimpleStringProperty("10:00");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.systemDefault());
    private final ObjectProperty<Interview.Kind> kind = new SimpleObjectProperty<>(Interview.Kind.VIDEO);
    private final StringProperty people = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public InterviewsViewModel(InterviewService interviews, TrackerService tracker, TaskExecutor tasks,
            ObjectProperty<Application> selectedApplication) {
        this.interviews = interviews;
        this.tracker = tracker;
        this.tasks = tasks;
        this.application = selectedApplication;
        weekOf.addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        LocalDate day = weekOf.get();
        ZoneId zone = ZoneId.systemDefault();
        tasks.execute(BackgroundTask.of("Loading interviews", () -> interviews.week(day, zone).stream()
                .map(i -> {
                    Application a = tracker.require(i.applicationId());
                    return new Row(i, a.company(), a.title());
                }).toList())
                .onSuccess(rows -> {
                    week.setAll(rows);
                    layout.set(WeekLayout.of(day, zone, rows.stream().map(r -> new WeekLayout.Entry<>(r,
                            r.interview().start(), r.interview().durationMinutes())).toList()));
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    public void previousWeek() { weekOf.set(weekOf.get().minusWeeks(1)); }
    public void nextWeek() { weekOf.set(weekOf.get().plusWeeks(1)); }
    public void thisWeek() { weekOf.set(LocalDate.now()); }

    /** Selects the interview's application, so the details beside the page show it. */
    public void open(Row row) {
        tasks.execute(BackgroundTask.of("Opening application", () -> tracker.require(row.interview().applicationId()))
                .onSuccess(application::set)
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Schedules an interview for the selected application from the form. */
    public void add() {
        Application a = application.get();
        if (a == null) {
            message.set("Select an application on the board or in the table first.");
            return;
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time.get().trim());
        } catch (DateTimeParseException e) {
            message.set("\"" + time.get() + "\" is not a time such as 14:30.");
            return;
        }
        var start = date.get().atTime(at).atZone(zone.get());
        tasks.execute(BackgroundTask.of("Adding interview", () -> interviews.schedule(a.id(), start, 60, kind.get(),
                        blankToNull(people.get()), blankToNull(place.get())))
                .onSuccess(i -> {
                    message.set("Interview with " + a.company() + " on " + start.toLocalDate() + " added.");
                    weekOf.set(start.toLocalDate());
                    refresh();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Writes every interview (or the week's when {@code weekOnly}) to {@code file} as iCalendar. */
    public void exportIcs(Path file, boolean weekOnly) {
        List<Long> ids = weekOnly ? week.stream().map(r -> r.interview().id()).toList() : List.of();
        tasks.execute(BackgroundTask.of("Exporting interviews", () -> {
                    Files.writeString(file, interviews.exportIcs(ids), StandardCharsets.UTF_8);
                    return file;
                })
                .onSuccess(f -> message.set("Saved " + f.getFileName()))
                .onFailure(e -> message.set("Could not save the calendar: " + e.getMessage())));
    }

    /** Files the events of an invite under their applications (the selected one when the invite names none). */
    public void importInvite(Path file) {
        tasks.execute(BackgroundTask.of("Importing invite", () -> interviews.importInvite(
                        Files.readString(file, StandardCharsets.UTF_8), null))
                .onSuccess(imported -> {
                    message.set(imported.size() + " interview(s) added to " + imported.get(0).application().company() + ".");
                    weekOf.set(imported.get(0).interview().start().toLocalDate());
                    refresh();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ObservableList<Row> week() { return week; }
    public ObjectProperty<LocalDate> weekOfProperty() { return weekOf; }
    javafx.beans.property.ReadOnlyObjectProperty<WeekLayout<Row>> layoutProperty() { return layout; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public ObjectProperty<Interview.Kind> kindProperty() { return kind; }
    public StringProperty peopleProperty() { return people; }
    public StringProperty placeProperty() { return place; }
    public StringProperty messageProperty() { return message; }
}
