package db.migration;

import dev.careeragent.jobs.search.SearchPrefixes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills V7's search_prefixes for postings stored before it (the prefixes are computed in Java), which the V7 update trigger indexes. */
public class V7_1__Fill_search_prefixes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, title, company, location FROM job_posting");
             PreparedStatement write = connection.prepareStatement("UPDATE job_posting SET search_prefixes = ? WHERE id = ?")) {
            while (rs.next()) {
                write.setString(1, SearchPrefixes.of(rs.getString(2), rs.getString(3), rs.getString(4)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
