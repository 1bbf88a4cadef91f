package dev.careeragent.tracker.store;

import dev.careeragent.store.Database;
import dev.careeragent.tracker.model.Offer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The offer table. */
public final class OfferStore {

    private static final String COLUMNS = "id, application_id, currency, base, bonus, equity_grant, vesting_years, sign_on,"
            + " benefits_value, benefits, paid_leave_days, place, remote, start_date, deadline";

    private final Sql sql;

    public OfferStore(Database database) {
        this.sql = new Sql(database);
    }

    public Offer save(Offer o) {
        Object[] values = {o.applicationId(), o.currency(), o.base(), o.bonus(), o.equityGrant(), o.vestingYears(), o.signOn(),
                o.benefitsValue(), o.benefits(), o.paidLeaveDays(), o.place(), o.remote(), o.startDate(), o.deadline()};
        return sql.transaction("save the offer", c -> {
            if (o.id() != null) {
                Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
                withId[values.length] = o.id();
                Sql.update(c, "UPDATE offer SET application_id = ?, currency = ?, base = ?, bonus = ?, equity_grant = ?,"
                        + " vesting_years = ?, sign_on = ?, benefits_value = ?, benefits = ?, paid_leave_days = ?, place = ?,"
                        + " remote = ?, start_date = ?, deadline = ?, reminded_at = NULL WHERE id = ?", withId);
                return o;
            }
            return o.withId(Sql.insert(c, "INSERT INTO offer (application_id, currency, base, bonus, equity_grant, vesting_years,"
                    + " sign_on, benefits_value, benefits, paid_leave_days, place, remote, start_date, deadline)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values));
        });
    }

    public Optional<Offer> find(long id) {
        return sql.query("read the offer", "SELECT " + COLUMNS + " FROM offer WHERE id = ?", OfferStore::offer, id).stream().findFirst();
    }

    /** The newest offer recorded for the application, if any. */
    public Optional<Offer> forApplication(long applicationId) {
        return sql.query("read the offer", "SELECT " + COLUMNS + " FROM offer WHERE application_id = ? ORDER BY id DESC LIMIT 1",
                OfferStore::offer, applicationId).stream().findFirst();
    }

    public List<Offer> all() {
        return sql.query("read the offers", "SELECT " + COLUMNS + " FROM offer ORDER BY id", OfferStore::offer);
    }

    /** Offers whose deadline is on or before {@code by} and that were not reminded of yet. */
    public List<Offer> deadlinesUnremindedBy(LocalDate by) {
        return sql.query("read the offers", "SELECT " + COLUMNS + " FROM offer WHERE deadline IS NOT NULL AND deadline <= ?"
                + " AND reminded_at IS NULL ORDER BY deadline", OfferStore::offer, by);
    }

    public void markReminded(long id, Instant at) {
        sql.transaction("mark the reminder", c -> Sql.update(c, "UPDATE offer SET reminded_at = ? WHERE id = ?", at, id));
    }

    public boolean delete(long id) {
        return sql.transaction("delete the offer", c -> Sql.update(c, "DELETE FROM offer WHERE id = ?", id) == 1);
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        return new Offer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
                rs.getInt(7), rs.getDouble(8), rs.getDouble(9), rs.getString(10), rs.getInt(11), rs.getString(12),
                rs.getInt(13) == 1, Sql.date(rs, "start_date"), Sql.date(rs, "deadline"));
    }
}
