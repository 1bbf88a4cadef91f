package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrackerCommandsTest {

    @TempDir
    Path dir;

    private Path data;
    private long jobId;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void seed() {
        data = dir.resolve("data");
        try (Database db = TestDatabases.open(data)) {
            jobId = new JobPostingRepository(db, Clock.systemUTC()).save(JobPosting.builder().source("greenhouse").sourceId("1")
                    .title("Java Developer").company("Acme").url("https://boards.example/acme/1").build()).id();
        }
    }

    private String run(String... args) {
        out.getBuffer().setLength(0);
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("no desktop");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cli.execute(all);
        return code + ":" + out;
    }

    private static JsonNode json(String result) throws Exception {
        return new ObjectMapper().readTree(result.substring(result.indexOf(':') + 1));
    }

    @Test
    void addListMoveAndShowAnApplication() throws Exception {
        assertThat(run("app", "add", "--job", Long.toString(jobId))).startsWith("0:").contains("Acme – Java Developer (Applied)");
        JsonNode list = json(run("app", "list", "--status", "applied", "--json"));
        assertThat(list).hasSize(1);
        long id = list.get(0).get("id").asLong();
        assertThat(list.get(0).get("link").asText()).isEqualTo("https://boards.example/acme/1");

        assertThat(run("app", "status", Long.toString(id), "interview", "--note", "phone screen went well")).startsWith("0:")
                .contains("now Interview");
        assertThat(json(run("app", "list", "--status", "applied", "--json"))).isEmpty();
        JsonNode shown = json(run("app", "show", Long.toString(id), "--json"));
        assertThat(shown.get("status").asText()).isEqualTo("INTERVIEW");
        assertThat(shown.get("history")).hasSize(2);
        assertThat(shown.get("history").get(1).get("note").asText()).isEqualTo("phone screen went well");

        assertThat(run("app", "status", Long.toString(id), "hired")).startsWith("1:").contains("Unknown status \"hired\"");
        assertThat(run("app", "add", "--job", "999")).startsWith("1:").contains("no job 999");
    }

    @Test
    void interviewsGoOutAsIcsAndComeBackFromAnInvite() throws Exception {
        run("app", "add", "--job", Long.toString(jobId));
        Path ics = dir.resolve("interview.ics");
        assertThat(run("interview", "add", "--app", "1", "--at", "2026-03-10T14:30+01:00[Europe/Berlin]", "--kind", "on_site",
                "--place", "Acme HQ", "--ics", ics.toString())).startsWith("0:").contains("Wrote");
        assertThat(Biweekly.parse(Files.readString(ics)).first().getEvents().get(0).getLocation().getValue()).isEqualTo("Acme HQ");

        Path invite = Files.writeString(dir.resolve("invite.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                + "UID:second-round@acme.example\r\nDTSTART:20260320T130000Z\r\nDTEND:20260320T140000Z\r\n"
                + "SUMMARY:Second round with Acme\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(run("interview", "import", invite.toString())).startsWith("0:").contains("filed under application 1 (Acme)");
        assertThat(json(run("app", "show", "1", "--json")).get("interviews")).hasSize(2);
        assertThat(run("interview", "add", "--app", "1", "--at", "next tuesday")).startsWith("1:").contains("not an ISO date");
    }

    @Test
    void offersCompareInOneCurrency() throws Exception {
        run("app", "add", "--job", Long.toString(jobId));
        run("app", "add", "--job", Long.toString(jobId));
        assertThat(run("offer", "add", "--app", "1", "--currency", "EUR", "--base", "80000")).startsWith("0:");
        assertThat(run("offer", "add", "--app", "2", "--currency", "USD", "--base", "100000", "--remote")).startsWith("0:");
        JsonNode cmp = json(run("offer", "compare", "1", "2", "--currency", "EUR", "--rate", "USD=0.5", "--weights", "1,0,0,0", "--json"));
        assertThat(cmp.get("best").asLong()).isEqualTo(1);
        assertThat(cmp.get("offers").get(1).get("annualTotal").asLong()).isEqualTo(50_000);
        assertThat(run("offer", "compare", "1", "2", "--currency", "EUR")).startsWith("1:").contains("No exchange rate from USD");
    }
}
