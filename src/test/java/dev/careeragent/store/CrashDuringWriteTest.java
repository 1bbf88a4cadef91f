package dev.careeragent.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.Entities;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingEntity;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a JVM that is busy writing; the database must open intact with every acknowledged commit. */
class CrashDuringWriteTest {

    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidWriteLeavesAnIntactDatabase() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && acknowledged < 40) {
                if (line.startsWith("committed ")) {
                    acknowledged = Long.parseLong(line.substring("committed ".length()));
                }
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("the child committed some batches before it was killed").isGreaterThanOrEqualTo(40);

        try (Database db = Database.open(dir.resolve("career-agent.db"), new DatabaseBackups(dir.resolve("backups"),
                Clock.systemUTC()), Entities.ALL);
             Connection c = db.connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            st.execute("INSERT INTO job_posting_fts(job_posting_fts) VALUES ('integrity-check')");
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT batch) FROM ("
                    + "SELECT source_id, substr(source_id, 1, instr(source_id, '-') - 1) AS batch FROM job_posting)")) {
                rs.next();
                long rows = rs.getLong(1);
                long batches = rs.getLong(2);
                assertThat(batches).as("every acknowledged batch survived").isGreaterThanOrEqualTo(acknowledged);
                assertThat(rows).as("no half-written batch").isEqualTo(batches * Writer.BATCH);
            }
        }
    }

    /** Child JVM: writes postings in transactions of {@link #BATCH} rows and reports each commit. */
    public static final class Writer {
        static final int BATCH = 25;

        public static void main(String[] args) {
            Path folder = Path.of(args[0]);
            try (Database db = Database.open(folder.resolve("career-agent.db"),
                    new DatabaseBackups(folder.resolve("backups"), Clock.systemUTC()), Entities.ALL)) {
                for (long batch = 1; ; batch++) {
                    long b = batch;
                    db.inTransaction(s -> {
                        for (int i = 0; i < BATCH; i++) {
                            s.persist(JobPostingEntity.from(JobPosting.builder().source("crash").sourceId(b + "-" + i)
                                    .title("Posting " + b + "/" + i).descriptionText("text ".repeat(200)).build(),
                                    Instant.now()));
                        }
                    });
                    System.out.println("committed " + batch);
                    System.out.flush();
                }
            }
        }
    }
}
