package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.DeletedApplication;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.StatusChange;
import dev.careeragent.tracker.model.Contact;
import dev.careeragent.tracker.model.Attachment;
import dev.careeragent.tracker.model.TrackerException;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.tracker.store.ApplicationStore;
import dev.careeragent.core.guard.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;

/** Applications: track a job, move it through the statuses (with undo), notes, contacts and attachments. */
public final class TrackerService {

    /** A status change that can be taken back, with the time the application had before it. */
    public record Move(StatusChange change, Instant previousUpdate) {
    }

    private final ApplicationStore store;
    private final Path dataRoot;
    private final EventBus events;
    private final Clock clock;
    private final IntSupplier noAnswerAfterDays;

    public static final long MAX_ATTACHMENT_BYTES = 100L * 1024 * 1024;

    public TrackerService(ApplicationStore store, Path dataRoot, EventBus events, Clock clock, IntSupplier noAnswerAfterDays) {
        this.store = store;
        this.dataRoot = dataRoot;
        this.events = events;
        this.clock = clock;
        this.noAnswerAfterDays = noAnswerAfterDays;
    }

    /** Creates the application and keeps copies of the resume and cover letter sent under applications/ID/. */
    public Application track(NewApplication in) {
        Instant now = clock.instant();
        LocalDate applied = in.appliedOn() != null || in.status() == ApplicationStatus.SAVED ? in.appliedOn()
                : LocalDate.now(clock);
        Application created = store.insert(new Application(null, in.jobPostingId(), in.resumeVersionId(), in.company().strip(),
                in.title().strip(), in.status(), in.channel(), in.link(), in.source(), applied, null, null, in.notes(), null,
                now, now));
        if (in.resume() == null && in.coverLetter() == null) {
            publish(created);
            return created;
        }
        Application withFiles = created.withFiles(keep(created.id(), "resume", in.resume()),
                keep(created.id(), "cover-letter", in.coverLetter()));
        store.update(withFiles, now);
        publish(withFiles);
        return withFiles;
    }

    private String keep(long applicationId, String kind, NewApplication.SentFile file) {
        if (file == null) {
            return null;
        }
        Path relative = Path.of("applications", Long.toString(applicationId), kind + "-" + safeName(file.name()));
        write(relative, file.bytes());
        return relative.toString().replace('\\', '/');
    }

    private void write(Path relative, byte[] bytes) {
        Path target = dataRoot.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new TrackerException("Could not keep a copy of " + relative.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static String safeName(String name) {
        String base = name == null || name.isBlank() ? "file" : Path.of(name).getFileName().toString();
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Moves the application; returns the move so the caller can offer undo. Empty if the status is unchanged. */
    public Optional<Move> move(long applicationId, ApplicationStatus to, String note) {
        Application before = require(applicationId);
        if (before.status() == to) {
            return Optional.empty();
        }
        StatusChange change = store.changeStatus(applicationId, to, clock.instant(), note).orElseThrow();
        events.publish(new ApplicationChanged(applicationId, to));
        return Optional.of(new Move(change, before.updatedAt()));
    }

    /** Takes a move back: its history row is removed and the status restored. */
    public boolean undo(Move move) {
        boolean undone = store.undo(move.change(), move.previousUpdate());
        if (undone) {
            events.publish(new ApplicationChanged(move.change().applicationId(), move.change().from()));
        }
        return undone;
    }

    public void save(Application edited) {
        require(edited.id());
        store.update(edited, clock.instant());
        publish(edited);
    }

    public Application require(long id) {
        return store.find(id).orElseThrow(() -> new TrackerException("There is no application " + id + "."));
    }

    public Optional<Application> find(long id) { return store.find(id); }
    public Optional<Application> forPosting(long postingId) { return store.forPosting(postingId); }
    public List<Application> all() { return store.all(); }
    public List<Application> withStatus(ApplicationStatus status) { return store.byStatus(status); }
    public List<StatusChange> history(long id) { return store.history(id); }
    public List<StatusChange> allHistory() { return store.allHistory(); }
    public long count() { return store.count(); }

    public boolean delete(long id) {
        boolean deleted = store.delete(id);
        if (deleted) {
            events.publish(new ApplicationChanged(id, null));
        }
        return deleted;
    }

    /** Deletes the application keeping everything it owned; {@link #restore} undoes it. Empty when there was none. */
    public Optional<DeletedApplication> deleteRestorably(long id) {
        Optional<DeletedApplication> deleted = store.deleteKeepingRows(id);
        deleted.ifPresent(d -> events.publish(new ApplicationChanged(id, null)));
        return deleted;
    }

    /** Puts a deleted application back as it was, ids and history included; false when that id is in use again. */
    public boolean restore(DeletedApplication deleted) {
        boolean restored = store.restore(deleted);
        if (restored) {
            publish(require(deleted.id()));
        }
        return restored;
    }

    /** Writes an application's editable fields back as they were, its last-change time included (undo of an edit). */
    public void restoreFields(Application before) {
        require(before.id());
        store.update(before, before.updatedAt());
        publish(before);
    }

    /** Applied (or screening) with no change for the "no answer" number of days: the board suggests No answer. */
    public List<Application> suggestNoAnswer() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(noAnswerAfterDays.getAsInt()));
        return store.quietBetween(null, cutoff).stream()
                .filter(a -> a.status() == ApplicationStatus.APPLIED || a.status() == ApplicationStatus.SCREENING).toList();
    }

    public int noAnswerAfterDays() { return noAnswerAfterDays.getAsInt(); }

    public Contact saveContact(Contact contact) {
        if (contact.name() == null || contact.name().isBlank() || contact.company() == null || contact.company().isBlank()) {
            throw new IllegalArgumentException("A contact needs a name and a company.");
        }
        return store.saveContact(contact);
    }

    public boolean deleteContact(long id) { return store.deleteContact(id); }
    public List<Contact> contactsAt(String company) { return store.contactsAt(company); }
    public List<Contact> allContacts() { return store.allContacts(); }

    /** Copies {@code file} (a regular file up to {@link #MAX_ATTACHMENT_BYTES}) into the application's folder. */
    public Attachment attach(long applicationId, Path file) {
        require(applicationId);
        String name = file.getFileName().toString();
        Path relative = Path.of("applications", Long.toString(applicationId), "attachments",
                clock.millis() + "-" + safeName(name));
        Path target = dataRoot.resolve(relative);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (!Files.isRegularFile(file)) {
                throw new TrackerException(name + " is not a file that can be attached.");
            }
            if (Files.size(file) > MAX_ATTACHMENT_BYTES) {
                throw new TrackerException(name + " is larger than " + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB.");
            }
            Files.createDirectories(target.getParent());
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TrackerException("Could not attach " + name + ": " + e.getMessage(), e);
        }
        return store.addAttachment(applicationId, name, relative.toString().replace('\\', '/'), clock.instant());
    }

    /**
     * Takes an attachment off its application; its file moves to the application's removed/ folder so that
     * {@link #restoreAttachment} can undo this. Empty when there is no such attachment.
     */
    public Optional<Attachment> removeAttachment(long attachmentId) {
        Optional<Attachment> removed = store.removeAttachment(attachmentId);
        removed.ifPresent(a -> moveQuietly(file(a.storedPath()), file(removedPath(a))));
        return removed;
    }

    /** Undoes {@link #removeAttachment}: the file comes back and the attachment is listed again. */
    public Attachment restoreAttachment(Attachment removed) {
        require(removed.applicationId());
        moveQuietly(file(removedPath(removed)), file(removed.storedPath()));
        return store.restoreAttachment(removed);
    }

    private static String removedPath(Attachment a) {
        return "applications/" + a.applicationId() + "/removed/" + Path.of(a.storedPath()).getFileName();
    }

    private static void moveQuietly(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.createDirectories(to.getParent());
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TrackerException("Could not move " + from.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public List<Attachment> attachments(long applicationId) { return store.attachments(applicationId); }

    /** Absolute path of a file the tracker keeps (resume copy, letter copy, attachment). */
    public Path file(String storedPath) {
        return dataRoot.resolve(storedPath);
    }

    private void publish(Application application) {
        events.publish(new ApplicationChanged(application.id(), application.status()));
    }

    /** Full-text match used by the table's search box: every word must appear in one of the text fields. */
    public static boolean matches(Application a, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = String.join(" ", a.company(), a.title(), a.status().label(), nz(a.channel()), nz(a.notes()),
                nz(a.source())).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
