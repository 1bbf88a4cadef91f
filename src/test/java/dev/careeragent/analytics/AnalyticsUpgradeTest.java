package dev.careeragent.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.analytics.store.AnalyticsRepository;
import dev.careeragent.store.Database;
import dev.careeragent.testing.Migrations;
import dev.careeragent.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder from before V14 (schema 18 already): opening it adds the analytics views out of order, over the kept data. */
class AnalyticsUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseGetsTheViewsAndItsApplicationsAreCounted() throws Exception {
        String url = Migrations.databaseWithout(dir, "V14__");
        try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement()) {
            st.executeUpdate("INSERT INTO application (id, company, title, status, source, applied_on, created_at, updated_at)"
                    + " VALUES (1, 'Acme', 'Engineer', 'INTERVIEW', 'Referral', '2026-03-02', '2026-03-02T09:00:00Z',"
                    + " '2026-03-04T09:00:00Z')");
            st.executeUpdate("INSERT INTO application_status_change (application_id, to_status, changed_at) VALUES"
                    + " (1, 'APPLIED', '2026-03-02T09:00:00Z'), (1, 'INTERVIEW', '2026-03-04T09:00:00Z')");
        }

        try (Database database = TestDatabases.open(dir)) {
            AnalyticsReport report = new AnalyticsService(new AnalyticsRepository(database), Optional::empty,
                    Clock.systemUTC()).report();
            assertThat(report.funnel()).extracting(AnalyticsReport.Stage::count).containsExactly(1L, 1L, 1L, 0L);
            assertThat(report.bySource()).containsExactly(new AnalyticsReport.Outcome("Referral", 1, 1, 1, 0));
            assertThat(report.responses().medianDays()).isEqualTo(2.0);
        }
    }
}
