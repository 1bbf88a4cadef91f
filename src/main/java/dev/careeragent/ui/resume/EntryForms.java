package dev.careeragent.ui.resume;

import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.ProjectEntry;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Editable copies of the resume's entries: one string property per field, lists as one item a line. */
final class EntryForms {

    private EntryForms() {
    }

    /** One job. */
    static final class Job {
        final StringProperty title = new SimpleStringProperty("");
        final StringProperty company = new SimpleStringProperty("");
        final StringProperty location = new SimpleStringProperty("");
        final StringProperty start = new SimpleStringProperty("");
        final StringProperty end = new SimpleStringProperty("");
        final BooleanProperty current = new SimpleBooleanProperty();
        final StringProperty bullets = new SimpleStringProperty("");

        static Job of(ExperienceEntry e) {
            Job f = new Job();
            f.title.set(FormText.text(e.title()));
            f.company.set(FormText.text(e.company()));
            f.location.set(FormText.text(e.location()));
            f.start.set(FormText.date(e.start()));
            f.end.set(FormText.date(e.end()));
            f.current.set(e.current());
            f.bullets.set(FormText.lines(e.bullets()));
            return f;
        }

        ExperienceEntry toEntry() {
            String where = "Job \u201c" + title.get() + "\u201d";
            return new ExperienceEntry(FormText.value(title.get()), FormText.value(company.get()), FormText.value(location.get()),
                    FormText.date(start.get(), where), current.get() ? null : FormText.date(end.get(), where), current.get(),
                    FormText.lines(bullets.get()));
        }
    }

    /** One school; the GPA is kept as it was. */
    static final class School {
        final StringProperty school = new SimpleStringProperty("");
        final StringProperty degree = new SimpleStringProperty("");
        final StringProperty field = new SimpleStringProperty("");
        final StringProperty location = new SimpleStringProperty("");
        final StringProperty start = new SimpleStringProperty("");
        final StringProperty end = new SimpleStringProperty("");
        final StringProperty gpa = new SimpleStringProperty("");
        final StringProperty details = new SimpleStringProperty("");

        static School of(EducationEntry e) {
            School f = new School();
            f.school.set(FormText.text(e.school()));
            f.degree.set(FormText.text(e.degree()));
            f.field.set(FormText.text(e.field()));
            f.location.set(FormText.text(e.location()));
            f.start.set(FormText.date(e.start()));
            f.end.set(FormText.date(e.end()));
            f.gpa.set(FormText.text(e.gpa()));
            f.details.set(FormText.lines(e.details()));
            return f;
        }

        EducationEntry toEntry() {
            String where = "School \u201c" + school.get() + "\u201d";
            return new EducationEntry(FormText.value(school.get()), FormText.value(degree.get()), FormText.value(field.get()),
                    FormText.value(location.get()), FormText.date(start.get(), where), FormText.date(end.get(), where),
                    FormText.value(gpa.get()), FormText.lines(details.get()));
        }
    }

    /** One project. */
    static final class Project {
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty description = new SimpleStringProperty("");
        final StringProperty url = new SimpleStringProperty("");
        final StringProperty start = new SimpleStringProperty("");
        final StringProperty end = new SimpleStringProperty("");
        final BooleanProperty current = new SimpleBooleanProperty();
        final StringProperty bullets = new SimpleStringProperty("");

        static Project of(ProjectEntry p) {
            Project f = new Project();
            f.name.set(FormText.text(p.name()));
            f.description.set(FormText.text(p.description()));
            f.url.set(FormText.text(p.url()));
            f.start.set(FormText.date(p.start()));
            f.end.set(FormText.date(p.end()));
            f.current.set(p.current());
            f.bullets.set(FormText.lines(p.bullets()));
            return f;
        }

        ProjectEntry toEntry() {
            String where = "Project \u201c" + name.get() + "\u201d";
            return new ProjectEntry(FormText.value(name.get()), FormText.value(description.get()), FormText.lines(bullets.get()),
                    FormText.date(start.get(), where), current.get() ? null : FormText.date(end.get(), where), current.get(),
                    FormText.value(url.get()));
        }
    }

    /** A section without a dedicated field (publications, awards, ...). */
    static final class Other {
        final StringProperty heading = new SimpleStringProperty("");
        final StringProperty lines = new SimpleStringProperty("");

        static Other of(OtherSection o) {
            Other f = new Other();
            f.heading.set(FormText.text(o.heading()));
            f.lines.set(FormText.lines(o.lines()));
            return f;
        }

        OtherSection toSection() {
            return new OtherSection(FormText.value(heading.get()), FormText.lines(lines.get()));
        }
    }
}
