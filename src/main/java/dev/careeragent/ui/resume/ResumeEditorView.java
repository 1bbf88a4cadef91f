package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import dev.careeragent.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The parsed resume as editable fields, section by section, bound to a {@link ResumeForm}. */
final class ResumeEditorView extends VBox {

    ResumeEditorView(ResumeForm form) {
        super(14);
        getStyleClass().add("resume-editor");
        getChildren().addAll(
                card("Contact", null, FormControls.grid(2,
                        FormControls.field("Name", form.name, "resume-name"),
                        FormControls.field("Email", form.email, "resume-email"),
                        FormControls.field("Phone", form.phone, "resume-phone"),
                        FormControls.field("Location", form.location, "resume-location")),
                        FormControls.area("Links", "One address a line", form.links, 2, "resume-links")),
                card("Summary", null, FormControls.field("Headline", form.headline, "resume-headline"),
                        FormControls.area("Summary", null, form.summary, 4, "resume-summary")),
                list("Experience", "Add job", form::addJob, form.jobs, this::job),
                list("Education", "Add school", form::addSchool, form.schools, this::school),
                card("Skills", null, FormControls.area("Skills", "One skill or group a line", form.skills, 5, "resume-skills")),
                list("Projects", "Add project", form::addProject, form.projects, this::project),
                card("Certifications and languages", null, FormControls.grid(2,
                        FormControls.area("Certifications", "One a line", form.certifications, 3, "resume-certifications"),
                        FormControls.area("Languages", "One a line", form.languages, 3, "resume-languages"))),
                list("Other sections", null, null, form.others, this::other));
    }

    private Node job(EntryForms.Job f, Runnable remove) {
        return entry(remove, FormControls.grid(2,
                        FormControls.field("Title", f.title, "job-title"), FormControls.field("Company", f.company, "job-company"),
                        FormControls.field("Location", f.location, "job-location"),
                        FormControls.grid(2, FormControls.field("Start", f.start, "job-start"), FormControls.field("End", f.end, "job-end"))),
                FormControls.check("I work here now", f.current),
                FormControls.area("Bullets", "One bullet a line", f.bullets, 4, "job-bullets"));
    }

    private Node school(EntryForms.School f, Runnable remove) {
        return entry(remove, FormControls.grid(2,
                        FormControls.field("School", f.school, "school-name"), FormControls.field("Degree", f.degree, "school-degree"),
                        FormControls.field("Field of study", f.field, "school-field"), FormControls.field("Location", f.location, "school-location"),
                        FormControls.grid(2, FormControls.field("Start", f.start, "school-start"), FormControls.field("End", f.end, "school-end")),
                        FormControls.field("GPA", f.gpa, "school-gpa")),
                FormControls.area("Details", "Honours, courses, thesis: one a line", f.details, 2, "school-details"));
    }

    private Node project(EntryForms.Project f, Runnable remove) {
        return entry(remove, FormControls.grid(2,
                        FormControls.field("Name", f.name, "project-name"), FormControls.field("Link", f.url, "project-url"),
                        FormControls.field("Start", f.start, "project-start"), FormControls.field("End", f.end, "project-end")),
                FormControls.field("Description", f.description, "project-description"),
                FormControls.area("Bullets", "One bullet a line", f.bullets, 3, "project-bullets"));
    }

    private Node other(EntryForms.Other f, Runnable remove) {
        return entry(remove, FormControls.field("Heading", f.heading, "other-heading"),
                FormControls.area("Lines", "One a line", f.lines, 3, "other-lines"));
    }

    /** A section whose entries follow {@code items}: one sub-card each, with a remove button, and an "add" button. */
    private <T> VBox list(String title, String addText, Runnable add, ObservableList<T> items,
                         EntryView<T> view) {
        VBox entries = new VBox(12);
        Runnable rebuild = () -> entries.getChildren().setAll(items.stream().map(item -> view.create(item, () -> items.remove(item))).toList());
        items.addListener((ListChangeListener<T>) change -> rebuild.run());
        rebuild.run();
        Label none = new Label("None yet.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(Bindings.isEmpty(items));
        none.managedProperty().bind(none.visibleProperty());
        VBox card = card(title, add == null ? null : addButton(addText, add), none, entries);
        if (add == null) {
            card.visibleProperty().bind(Bindings.isNotEmpty(items));
            card.managedProperty().bind(card.visibleProperty());
        }
        return card;
    }

    @FunctionalInterface
    private interface EntryView<T> {
        Node create(T item, Runnable remove);
    }

    private static Node entry(Runnable remove, Node... content) {
        Button delete = new Button(null, Icons.of(Icons.CLOSE, 14));
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        delete.setTooltip(new Tooltip("Remove this entry"));
        delete.setOnAction(e -> remove.run());
        VBox fields = new VBox(10, content);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox box = new HBox(8, fields, delete);
        box.getStyleClass().add("resume-entry");
        return box;
    }

    private static Button addButton(String text, Runnable add) {
        Button button = new Button(text);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        button.setOnAction(e -> add.run());
        return button;
    }

    private static VBox card(String title, Node action, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = action == null ? new HBox(heading) : new HBox(8, heading, spacer, action);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, top);
        box.getChildren().addAll(content);
        box.getStyleClass().add("section-card");
        return box;
    }
}
