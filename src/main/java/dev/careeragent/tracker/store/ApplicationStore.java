package dev.careeragent.tracker.store;

import dev.careeragent.store.Database;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Attachment;
import dev.careeragent.tracker.model.Contact;
import dev.careeragent.tracker.model.DeletedApplication;
import dev.careeragent.tracker.model.StatusChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tracker's tables for applications, their status history, contacts and attachments: the one write path. */
public final class ApplicationStore {

    private static final String COLUMNS = "id, job_posting_id, resume_version_id, company, title, status, channel, link,"
            + " source, applied_on, resume_file, cover_letter_file, notes, follow_up_on, created_at, updated_at";

    private final Sql sql;

    public ApplicationStore(Database database) {
        this.sql = new Sql(database);
    }

    /** Stores a new application and its first history row; returns it with its id. */
    public Application insert(Application a) {
        return sql.transaction("save the application", c -> {
            long id = insert(c, a);
            Sql.insert(c, "INSERT INTO application_status_change (application_id, from_status, to_status, changed_at, note)"
                    + " VALUES (?, NULL, ?, ?, ?)", id, a.status(), a.createdAt(), "Created");
            return a.withId(id);
        });
    }

    /** Stores many applications with their full histories in one transaction (import). */
    public List<Long> insertAll(List<Application> applications, List<List<StatusChange>> histories) {
        return sql.transaction("import the applications", c -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < applications.size(); i++) {
                long id = insert(c, applications.get(i));
                ids.add(id);
                for (StatusChange h : histories.get(i)) {
                    Sql.insert(c, "INSERT INTO application_status_change (application_id, from_status, to_status, changed_at, note)"
                            + " VALUES (?, ?, ?, ?, ?)", id, h.from(), h.to(), h.at(), h.note());
                }
            }
            return ids;
        });
    }

    private static long insert(Connection c, Application a) throws SQLException {
        return Sql.insert(c, "INSERT INTO application (job_posting_id, resume_version_id, company, title, status, channel,"
                + " link, source, applied_on, resume_file, cover_letter_file, notes, follow_up_on, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.jobPostingId(), a.resumeVersionId(), a.company(),
                a.title(), a.status(), a.channel(), a.link(), a.source(), a.appliedOn(), a.resumeFile(), a.coverLetterFile(),
                a.notes(), a.followUpOn(), a.createdAt(), a.updatedAt());
    }

    /** Saves the editable fields (not the status, which only moves through {@link #changeStatus}). */
    public void update(Application a, Instant now) {
        sql.transaction("save the application", c -> Sql.update(c, "UPDATE application SET company = ?, title = ?,"
                + " channel = ?, link = ?, applied_on = ?, resume_file = ?, cover_letter_file = ?, notes = ?, follow_up_on = ?,"
                + " updated_at = ? WHERE id = ?", a.company(), a.title(), a.channel(), a.link(), a.appliedOn(), a.resumeFile(),
                a.coverLetterFile(), a.notes(), a.followUpOn(), now, a.id()));
    }

    /** Moves the application and writes the dated history row; empty when there is no such application. */
    public Optional<StatusChange> changeStatus(long id, ApplicationStatus to, Instant at, String note) {
        return sql.transaction("change the status", c -> {
            List<ApplicationStatus> current = Sql.query(c, "SELECT status FROM application WHERE id = ?",
                    rs -> ApplicationStatus.valueOf(rs.getString(1)), id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Sql.update(c, "UPDATE application SET status = ?, updated_at = ? WHERE id = ?", to, at, id);
            long changeId = Sql.insert(c, "INSERT INTO application_status_change (application_id, from_status, to_status,"
                    + " changed_at, note) VALUES (?, ?, ?, ?, ?)", id, current.get(0), to, at, note);
            return Optional.of(new StatusChange(changeId, id, current.get(0), to, at, note));
        });
    }

    /** Takes back one status change: the history row goes and the application returns to where it was. */
    public boolean undo(StatusChange change, Instant previousUpdate) {
        return sql.transaction("undo the status change", c -> {
            int removed = Sql.update(c, "DELETE FROM application_status_change WHERE id = ?", change.id());
            if (removed == 1) {
                Sql.update(c, "UPDATE application SET status = ?, updated_at = ? WHERE id = ?", change.from(),
                        previousUpdate, change.applicationId());
            }
            return removed == 1;
        });
    }

    public Optional<Application> find(long id) {
        return sql.query("read the application", "SELECT " + COLUMNS + " FROM application WHERE id = ?",
                ApplicationStore::application, id).stream().findFirst();
    }

    public List<Application> all() {
        return sql.query("read the applications", "SELECT " + COLUMNS + " FROM application ORDER BY updated_at DESC, id DESC",
                ApplicationStore::application);
    }

    public List<Application> byStatus(ApplicationStatus status) {
        return sql.query("read the applications", "SELECT " + COLUMNS + " FROM application WHERE status = ?"
                + " ORDER BY updated_at DESC, id DESC", ApplicationStore::application, status);
    }

    public Optional<Application> forPosting(long postingId) {
        return sql.query("read the application", "SELECT " + COLUMNS + " FROM application WHERE job_posting_id = ?"
                + " ORDER BY id DESC LIMIT 1", ApplicationStore::application, postingId).stream().findFirst();
    }

    public long count() {
        return sql.query("count the applications", "SELECT count(*) FROM application", rs -> rs.getLong(1)).get(0);
    }

    /** Open applications whose status last changed in ({@code after}, {@code until}]; null {@code after}: no lower bound. */
    public List<Application> quietBetween(Instant after, Instant until) {
        return sql.query("read quiet applications", "SELECT " + COLUMNS + " FROM application WHERE updated_at <= ?"
                        + " AND (? IS NULL OR updated_at > ?) AND status IN ('SAVED', 'APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER')"
                        + " ORDER BY updated_at", ApplicationStore::application, until, after, after);
    }

    public List<StatusChange> history(long applicationId) {
        return sql.query("read the history", "SELECT id, application_id, from_status, to_status, changed_at, note"
                + " FROM application_status_change WHERE application_id = ? ORDER BY changed_at, id",
                ApplicationStore::change, applicationId);
    }

    /** Every history row, oldest first (analytics and export read the whole history at once). */
    public List<StatusChange> allHistory() {
        return sql.query("read the history", "SELECT id, application_id, from_status, to_status, changed_at, note"
                + " FROM application_status_change ORDER BY application_id, changed_at, id", ApplicationStore::change);
    }

    public boolean delete(long id) {
        return sql.transaction("delete the application", c -> Sql.update(c, "DELETE FROM application WHERE id = ?", id) == 1);
    }

    /** The tables whose rows belong to one application, the application itself first (the order to restore in). */
    private static final List<String> OWNED_ROWS = List.of("application", "application_status_change",
            "application_attachment", "interview", "offer");

    /** Deletes the application and returns every row it owned, for {@link #restore}; empty when there is none. */
    public Optional<DeletedApplication> deleteKeepingRows(long id) {
        return sql.transaction("delete the application", c -> {
            Map<String, List<Map<String, Object>>> kept = new LinkedHashMap<>();
            for (String table : OWNED_ROWS) {
                kept.put(table, Sql.query(c, "SELECT * FROM " + table + " WHERE " + (table.equals("application") ? "id"
                        : "application_id") + " = ?", ApplicationStore::row, id));
            }
            if (kept.get("application").isEmpty()) {
                return Optional.empty();
            }
            Sql.update(c, "DELETE FROM application WHERE id = ?", id);
            return Optional.of(new DeletedApplication(id, kept));
        });
    }

    /** Puts a deleted application back with all its rows and ids; false when its id is taken again. */
    public boolean restore(DeletedApplication deleted) {
        return sql.transaction("restore the application", c -> {
            if (!Sql.query(c, "SELECT id FROM application WHERE id = ?", rs -> rs.getLong(1), deleted.id()).isEmpty()) {
                return false;
            }
            for (String table : OWNED_ROWS) {
                for (Map<String, Object> row : deleted.rowsByTable().getOrDefault(table, List.of())) {
                    List<String> columns = List.copyOf(row.keySet());
                    Sql.update(c, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                            + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")",
                            columns.stream().map(row::get).toArray());
                }
            }
            return true;
        });
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
        }
        return row;
    }

    public Contact saveContact(Contact contact) {
        return sql.transaction("save the contact", c -> {
            if (contact.id() != null) {
                Sql.update(c, "UPDATE tracker_contact SET company = ?, name = ?, role = ?, email = ?, phone = ?, profile_url = ?"
                        + " WHERE id = ?", contact.company(), contact.name(), contact.role(), contact.email(), contact.phone(),
                        contact.profileUrl(), contact.id());
                return contact;
            }
            long id = Sql.insert(c, "INSERT INTO tracker_contact (company, name, role, email, phone, profile_url)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", contact.company(), contact.name(), contact.role(), contact.email(),
                    contact.phone(), contact.profileUrl());
            return new Contact(id, contact.company(), contact.name(), contact.role(), contact.email(), contact.phone(),
                    contact.profileUrl());
        });
    }

    public boolean deleteContact(long id) {
        return sql.transaction("remove the contact", c -> Sql.update(c, "DELETE FROM tracker_contact WHERE id = ?", id) == 1);
    }

    public List<Contact> contactsAt(String company) {
        return sql.query("read the contacts", "SELECT id, company, name, role, email, phone, profile_url FROM tracker_contact"
                + " WHERE company = ? COLLATE NOCASE ORDER BY name", ApplicationStore::contact, company);
    }

    public List<Contact> allContacts() {
        return sql.query("read the contacts", "SELECT id, company, name, role, email, phone, profile_url FROM tracker_contact"
                + " ORDER BY company, name", ApplicationStore::contact);
    }

    public Attachment addAttachment(long applicationId, String fileName, String storedPath, Instant at) {
        long id = sql.transaction("save the attachment", c -> Sql.insert(c, "INSERT INTO application_attachment"
                + " (application_id, file_name, stored_path, added_at) VALUES (?, ?, ?, ?)", applicationId, fileName, storedPath, at));
        return new Attachment(id, applicationId, fileName, storedPath, at);
    }

    /** Takes the attachment off its application; the removed row, so {@link #restoreAttachment} can put it back. */
    public Optional<Attachment> removeAttachment(long id) {
        return sql.transaction("remove the attachment", c -> {
            List<Attachment> found = Sql.query(c, "SELECT id, application_id, file_name, stored_path, added_at"
                    + " FROM application_attachment WHERE id = ?", ApplicationStore::attachment, id);
            Sql.update(c, "DELETE FROM application_attachment WHERE id = ?", id);
            return found.stream().findFirst();
        });
    }

    /** Puts a removed attachment back (undo), with its file name, path and date; it gets a new id. */
    public Attachment restoreAttachment(Attachment removed) {
        return addAttachment(removed.applicationId(), removed.fileName(), removed.storedPath(), removed.addedAt());
    }

    public List<Attachment> attachments(long applicationId) {
        return sql.query("read the attachments", "SELECT id, application_id, file_name, stored_path, added_at"
                + " FROM application_attachment WHERE application_id = ? ORDER BY added_at, id", ApplicationStore::attachment,
                applicationId);
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), Sql.instant(rs, "added_at"));
    }

    private static Application application(ResultSet rs) throws SQLException {
        return new Application(rs.getLong("id"), Sql.longOrNull(rs, "job_posting_id"), Sql.longOrNull(rs, "resume_version_id"),
                rs.getString("company"), rs.getString("title"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("channel"), rs.getString("link"), rs.getString("source"), Sql.date(rs, "applied_on"),
                rs.getString("resume_file"), rs.getString("cover_letter_file"), rs.getString("notes"),
                Sql.date(rs, "follow_up_on"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    private static StatusChange change(ResultSet rs) throws SQLException {
        String from = rs.getString(3);
        return new StatusChange(rs.getLong(1), rs.getLong(2), from == null ? null : ApplicationStatus.valueOf(from),
                ApplicationStatus.valueOf(rs.getString(4)), Sql.instant(rs, "changed_at"), rs.getString(6));
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }
}
