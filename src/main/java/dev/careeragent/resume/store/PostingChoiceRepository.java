package dev.careeragent.resume.store;

import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The most recently seen active postings, light enough to fill a picker (plain JDBC, no descriptions loaded). */
public final class PostingChoiceRepository {

    private static final String RECENT = "SELECT id, title, company FROM jobs_posting_summary WHERE archived = 0"
            + " ORDER BY last_seen DESC, id DESC LIMIT ?";

    private final Database database;

    public PostingChoiceRepository(Database database) {
        this.database = database;
    }

    public List<PostingChoice> recent(int limit) {
        try (Connection c = database.connection(); PreparedStatement st = c.prepareStatement(RECENT)) {
            st.setInt(1, limit);
            List<PostingChoice> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new PostingChoice(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Problem.IO, "The saved job postings could not be read.", null, e);
        }
    }
}
