package dev.careeragent.ui.tracker;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Contact;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The people at the selected application's company: the list, and a form that adds a contact or edits the one
 * chosen with {@link #edit}. Contacts belong to the company, so every application there shares them.
 */
public final class ContactsViewModel {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    private final TrackerService tracker;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectProperty<Application> application;
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty profileUrl = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Contact> lastRemoved = new SimpleObjectProperty<>();

    public ContactsViewModel(TrackerService tracker, TaskExecutor tasks, ReadOnlyObjectProperty<Application> application) {
        this.tracker = tracker;
        this.tasks = tasks;
        this.application = application;
        application.addListener((o, a, b) -> {
            if (a == null || b == null || !a.company().equalsIgnoreCase(b.company())) {
                clearForm();
                reload();
            }
        });
    }

    public void reload() {
        Application a = application.get();
        if (a == null) {
            contacts.clear();
            return;
        }
        tasks.execute(BackgroundTask.of("Loading contacts", () -> tracker.contactsAt(a.company()))
                .onSuccess(contacts::setAll)
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Fills the form with {@code contact}; Save then updates it. */
    public void edit(Contact contact) {
        editing.set(contact);
        name.set(orEmpty(contact.name()));
        role.set(orEmpty(contact.role()));
        email.set(orEmpty(contact.email()));
        phone.set(orEmpty(contact.phone()));
        profileUrl.set(orEmpty(contact.profileUrl()));
    }

    /** Empties the form; Save then adds a new contact. */
    public void clearForm() {
        editing.set(null);
        name.set("");
        role.set("");
        email.set("");
        phone.set("");
        profileUrl.set("");
    }

    public void save() {
        Application a = application.get();
        if (a == null) {
            message.set("Select an application first.");
            return;
        }
        String problem = problem();
        if (problem != null) {
            message.set(problem);
            return;
        }
        Contact edited = editing.get();
        Contact contact = new Contact(edited == null ? null : edited.id(), edited == null ? a.company() : edited.company(),
                name.get().strip(), blankToNull(role.get()), blankToNull(email.get()), blankToNull(phone.get()),
                blankToNull(profileUrl.get()));
        tasks.execute(BackgroundTask.of("Saving contact", () -> tracker.saveContact(contact))
                .onSuccess(saved -> {
                    message.set((edited == null ? "Added " : "Saved ") + saved.name() + ".");
                    clearForm();
                    reload();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    private String problem() {
        if (name.get() == null || name.get().isBlank()) {
            return "A contact needs a name.";
        }
        String mail = blankToNull(email.get());
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            return "\"" + mail + "\" is not an email address such as ann@acme.example.";
        }
        String url = blankToNull(profileUrl.get());
        if (url != null && !url.matches("(?i)https?://\\S{1,2000}")) {
            return "The profile link must start with https:// or http://.";
        }
        return null;
    }

    public void remove(Contact contact) {
        tasks.execute(BackgroundTask.of("Removing contact", () -> tracker.deleteContact(contact.id()))
                .onSuccess(done -> {
                    lastRemoved.set(contact);
                    message.set("Removed " + contact.name() + ". Undo puts them back.");
                    if (editing.get() != null && contact.id().equals(editing.get().id())) {
                        clearForm();
                    }
                    reload();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Adds the contact removed last back to its company. */
    public void undoRemove() {
        Contact removed = lastRemoved.get();
        if (removed == null) {
            return;
        }
        lastRemoved.set(null);
        Contact again = new Contact(null, removed.company(), removed.name(), removed.role(), removed.email(), removed.phone(),
                removed.profileUrl());
        tasks.execute(BackgroundTask.of("Restoring contact", () -> tracker.saveContact(again))
                .onSuccess(saved -> {
                    message.set("Restored " + saved.name() + ".");
                    reload();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Contact> contacts() { return contacts; }
    public ReadOnlyObjectProperty<Contact> editingProperty() { return editing; }
    public ReadOnlyObjectProperty<Contact> lastRemovedProperty() { return lastRemoved; }
    public StringProperty nameProperty() { return name; }
    public StringProperty roleProperty() { return role; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty profileUrlProperty() { return profileUrl; }
    public StringProperty messageProperty() { return message; }
}
