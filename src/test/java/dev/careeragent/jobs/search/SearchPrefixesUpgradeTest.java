package dev.careeragent.jobs.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database from before V7 keeps its postings findable by prefix after the upgrade (V7.1 fills the prefixes). */
class SearchPrefixesUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void postingsStoredBeforeTheUpgradeAreFoundWhileTyping() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("career-agent.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO job_posting (source, title, company, location, remote, description_text,"
                    + " first_seen, last_seen) VALUES ('t', 'Kubernetes Engineer', 'Cloudwerk', 'Hamburg', 'UNKNOWN',"
                    + " 'Operators and Helm charts.', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        }

        try (Database db = TestDatabases.open(dir)) {
            PostingSearch search = new PostingSearch(db, () -> "match_score");
            assertThat(search.count(JobQuery.all().withText("kube"))).isEqualTo(1);
            assertThat(search.count(JobQuery.all().withText("cloudw hamb"))).isEqualTo(1);
            assertThat(search.count(JobQuery.all().withText("helm"))).as("whole words of the description").isEqualTo(1);
        }
    }
}
