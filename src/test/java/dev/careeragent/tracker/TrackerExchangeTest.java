package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Contact;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.Offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.tracker.exchange.ThirdPartyCsv;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackerExchangeTest {

    @TempDir
    Path dir;

    private AppContext open(String name) {
        DataFolder folder = new DataFolder(dir.resolve(name));
        return new AppContext(folder, Clock.systemUTC(), new SettingsStore(folder.settingsFile()), new RecentErrors(),
                new CurrentThreadTaskExecutor());
    }

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(TrackerExchangeTest.class.getResource("/tracker/" + name).toURI());
    }

    @Test
    void jsonExportThenImportLosesNothing() throws Exception {
        Path first = dir.resolve("first.json");
        try (AppContext a = open("a")) {
            JobPosting job = a.postings().save(JobPosting.builder().source("greenhouse").sourceId("42").title("Java Developer")
                    .company("Acme").url("https://boards.example/acme/42").descriptionText("Java and SQL").build());
            Application app = a.tracker().track(new NewApplication(job.id(), "Acme", "Java Developer", ApplicationStatus.APPLIED,
                    "Referral", "https://boards.example/acme/42", "greenhouse", LocalDate.of(2026, 2, 1), null, null, null, "Ann"));
            a.tracker().move(app.id(), ApplicationStatus.INTERVIEW, "phone screen");
            a.interviews().schedule(app.id(), ZonedDateTime.of(2026, 3, 10, 14, 30, 0, 0, ZoneId.of("Europe/Berlin")), 45,
                    Interview.Kind.ON_SITE, "Ann", "HQ");
            a.offers().save(new Offer(null, app.id(), "EUR", 80_000, 5_000, 20_000, 4, 3_000, 1_000, "gym", 28, "Berlin", true,
                    LocalDate.of(2026, 5, 1), LocalDate.of(2026, 3, 20)));
            a.tracker().saveContact(new Contact(null, "Acme", "Ann Lee", "Recruiter", "ann@acme.example", null, null));
            a.tracker().track(new NewApplication(null, "Globex", "SRE", ApplicationStatus.SAVED, null, null, null, null, null,
                    null, null, null));
            a.exchange().exportJson(first);
        }
        Path second = dir.resolve("second.json");
        try (AppContext b = open("b")) {
            var report = b.exchange().importJson(first);
            assertThat(report.applications()).isEqualTo(2);
            assertThat(report.interviews()).isEqualTo(1);
            b.exchange().exportJson(second);
            assertThat(b.tracker().all()).extracting(Application::company).containsExactlyInAnyOrder("Acme", "Globex");
            Application acme = b.tracker().all().stream().filter(x -> x.company().equals("Acme")).findFirst().orElseThrow();
            assertThat(b.postings().find(acme.jobPostingId()).orElseThrow().title()).isEqualTo("Java Developer");
        }
        assertThat(withoutIds(second)).isEqualTo(withoutIds(first));
    }

    /** The archive with the database's own ids and the jobs' seen-dates removed: what must survive the round trip. */
    private static JsonNode withoutIds(Path file) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        strip(root);
        return root;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("id", "applicationId", "jobPostingId", "firstSeen", "lastSeen"));
            o.forEach(TrackerExchangeTest::strip);
        } else if (node instanceof ArrayNode a) {
            a.forEach(TrackerExchangeTest::strip);
        }
    }

    @Test
    void huntrTealAndJobSyncExportsAreReadWithTheirColumnsAndStatuses() throws Exception {
        try (AppContext c = open("c")) {
            assertThat(c.exchange().importCsv(sample("huntr.csv"), ThirdPartyCsv.HUNTR).applications()).isEqualTo(4);
            assertThat(c.exchange().importCsv(sample("teal.csv"), ThirdPartyCsv.TEAL).applications()).isEqualTo(3);
            assertThat(c.exchange().importCsv(sample("jobsync.csv"), ThirdPartyCsv.JOBSYNC).applications()).isEqualTo(3);
            Map<String, Application> byCompany = new java.util.HashMap<>();
            c.tracker().all().forEach(a -> byCompany.put(a.company(), a));
            assertThat(byCompany).hasSize(10);
            assertThat(byCompany.get("Acme").status()).isEqualTo(ApplicationStatus.APPLIED);
            assertThat(byCompany.get("Acme").appliedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(byCompany.get("Acme").notes()).contains("Referral by Ann, \"strong fit\"", "Location: Berlin");
            assertThat(byCompany.get("Globex").appliedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(byCompany.get("Initech").status()).isEqualTo(ApplicationStatus.SAVED);
            assertThat(byCompany.get("Umbrella").status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(byCompany.get("Hooli").status()).isEqualTo(ApplicationStatus.INTERVIEW);
            assertThat(byCompany.get("Hooli").appliedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(byCompany.get("Pied Piper").status()).isEqualTo(ApplicationStatus.NO_ANSWER);
            assertThat(byCompany.get("Tyrell").status()).isEqualTo(ApplicationStatus.OFFER);
            assertThat(byCompany.get("Soylent").link()).isEqualTo("https://soylent.example/k");
            assertThat(byCompany.get("Cyberdyne").status()).isEqualTo(ApplicationStatus.NO_ANSWER);
            assertThat(c.tracker().history(byCompany.get("Hooli").id())).singleElement()
                    .satisfies(h -> assertThat(h.note()).isEqualTo("Imported from teal"));
        }
    }

    @Test
    void aBadCsvStoresNothingAndSaysWhichLine() throws Exception {
        try (AppContext c = open("d")) {
            Path bad = Files.writeString(dir.resolve("bad.csv"), "Company,Job Title,List\nAcme,Dev,Applied\n,Tester,Applied\n");
            assertThatThrownBy(() -> c.exchange().importCsv(bad, ThirdPartyCsv.HUNTR)).hasMessageContaining("Line 3");
            Path wrong = Files.writeString(dir.resolve("wrong.csv"), "Name,Role\nx,y\n");
            assertThatThrownBy(() -> c.exchange().importCsv(wrong, ThirdPartyCsv.TEAL)).hasMessageContaining("no company column");
            Path notJson = Files.writeString(dir.resolve("x.json"), "{\"format\":\"other\"}");
            assertThatThrownBy(() -> c.exchange().importJson(notJson)).hasMessageContaining("not a Career Agent export");
            assertThat(c.tracker().count()).isZero();
        }
    }

    @Test
    void csvExportWritesApplicationsAndJobs() throws Exception {
        try (AppContext c = open("e")) {
            c.exchange().importCsv(sample("teal.csv"), ThirdPartyCsv.TEAL);
            c.postings().save(JobPosting.builder().source("lever").sourceId("1").title("Go Dev").company("Hooli").build());
            Path out = dir.resolve("export.csv");
            c.exchange().exportCsv(out);
            List<String> lines = Files.readAllLines(out);
            assertThat(lines.get(0)).startsWith("id,company,title,status,applied_on");
            var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForMapOf(String.class)
                    .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(out.toFile()).readAll();
            assertThat(rows).as("three applications, a note with a line break kept in its cell").hasSize(3);
            assertThat(lines).anyMatch(l -> l.contains("Hooli,\"Backend Engineer\",Interview,2024-03-01")
                    || l.contains("Hooli,Backend Engineer,Interview,2024-03-01"));
            assertThat(Files.readAllLines(dir.resolve("export-jobs.csv"))).hasSize(2).last().asString().contains("Go Dev");
        }
    }
}
