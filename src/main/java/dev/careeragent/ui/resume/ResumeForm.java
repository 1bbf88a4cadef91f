package dev.careeragent.ui.resume;

import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.Link;
import dev.careeragent.resume.model.Resume;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's state: every field of a resume as a property the view binds to. {@link #load} fills it from a
 * version, {@link #toResume} reads the edits back (section order and link labels kept from the loaded version).
 */
public final class ResumeForm {

    final StringProperty name = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty location = new SimpleStringProperty("");
    final StringProperty links = new SimpleStringProperty("");
    final StringProperty headline = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty skills = new SimpleStringProperty("");
    final StringProperty certifications = new SimpleStringProperty("");
    final StringProperty languages = new SimpleStringProperty("");
    final ObservableList<EntryForms.Job> jobs = FXCollections.observableArrayList();
    final ObservableList<EntryForms.School> schools = FXCollections.observableArrayList();
    final ObservableList<EntryForms.Project> projects = FXCollections.observableArrayList();
    final ObservableList<EntryForms.Other> others = FXCollections.observableArrayList();
    private Resume loaded;

    public void load(Resume resume) {
        loaded = resume;
        Contact c = resume.contact();
        name.set(FormText.text(c.name()));
        email.set(FormText.text(c.email()));
        phone.set(FormText.text(c.phone()));
        location.set(FormText.text(c.location()));
        links.set(FormText.lines(c.links().stream().map(Link::url).filter(Objects::nonNull).toList()));
        headline.set(FormText.text(resume.headline()));
        summary.set(FormText.text(resume.summary()));
        skills.set(FormText.lines(resume.skills()));
        certifications.set(FormText.lines(resume.certifications()));
        languages.set(FormText.lines(resume.languages()));
        jobs.setAll(map(resume.experience(), EntryForms.Job::of));
        schools.setAll(map(resume.education(), EntryForms.School::of));
        projects.setAll(map(resume.projects(), EntryForms.Project::of));
        others.setAll(map(resume.otherSections(), EntryForms.Other::of));
    }

    /**
     * The edited resume.
     *
     * @throws IllegalArgumentException with a message for the user when a date cannot be read
     */
    public Resume toResume() {
        Contact contact = new Contact(FormText.value(name.get()), FormText.value(email.get()), FormText.value(phone.get()),
                FormText.value(location.get()), FormText.lines(links.get()).stream().map(this::link).toList());
        return new Resume(contact, FormText.value(headline.get()), FormText.value(summary.get()),
                map(jobs, EntryForms.Job::toEntry), map(schools, EntryForms.School::toEntry), FormText.lines(skills.get()),
                map(projects, EntryForms.Project::toEntry), FormText.lines(certifications.get()), FormText.lines(languages.get()),
                others.stream().map(EntryForms.Other::toSection).filter(o -> o.heading() != null).toList(),
                loaded == null ? List.of() : loaded.sections());
    }

    public boolean isLoaded() {
        return loaded != null;
    }

    public void addJob() {
        jobs.add(0, new EntryForms.Job());
    }

    public void addSchool() {
        schools.add(new EntryForms.School());
    }

    public void addProject() {
        projects.add(new EntryForms.Project());
    }

    private Link link(String url) {
        String label = loaded == null ? null : loaded.contact().links().stream().filter(l -> url.equals(l.url()))
                .map(Link::label).filter(Objects::nonNull).findFirst().orElse(null);
        return new Link(label != null ? label : labelFor(url), url);
    }

    /** "LinkedIn", "GitHub" or "Website", from the address. */
    static String labelFor(String url) {
        String host;
        try {
            host = URI.create(url.contains("://") ? url : "https://" + url).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        String h = host == null ? url.toLowerCase(Locale.ROOT) : host.toLowerCase(Locale.ROOT);
        return h.contains("linkedin") ? "LinkedIn" : h.contains("github") ? "GitHub" : "Website";
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list.stream().map(f).toList();
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty skillsProperty() { return skills; }
}
