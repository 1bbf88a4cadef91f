package dev.careeragent.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.PostingLink;
import dev.careeragent.store.Database;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingIngestTest {

    private static final String DESCRIPTION = "We are looking for a backend engineer to build payment services in Java "
            + "and Kotlin. You will design APIs, run them on Kubernetes, and own their reliability together with a "
            + "small team. Experience with PostgreSQL, Kafka and observability tooling is a plus.";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
    private Database database;
    private PostingIngest ingest;
    private JobPostingRepository repository;

    @BeforeEach
    void open() {
        database = TestDatabases.open(dir);
        ingest = new PostingIngest(database, clock);
        repository = new JobPostingRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static JobPosting.Builder posting(String source, String id) {
        return JobPosting.builder().source(source).sourceId(id).url("https://" + source + ".example/jobs/" + id)
                .title("Backend Engineer").company("Acme GmbH").location("Berlin, Germany").city("Berlin")
                .country("DE").postedDate(LocalDate.of(2026, 3, 9)).descriptionText(DESCRIPTION);
    }

    @Test
    void theSameJobFromTwoSourcesIsOnePostingWithTwoLinks() throws Exception {
        IngestResult first = ingest.ingest(List.of(posting("linkedin", "111").build()), Map.of());
        IngestResult second = ingest.ingest(List.of(posting("indeed", "abc").company("ACME").build()),
                Map.of("indeed", "Jobs from Indeed"));

        assertThat(first.newIds()).hasSize(1);
        assertThat(second.newIds()).isEmpty();
        assertThat(second.duplicates()).isEqualTo(1);
        assertThat(second.postingIds()).containsExactlyElementsOf(first.newIds());
        assertThat(repository.countActive()).isEqualTo(1);
        List<PostingLink> links = repository.links(first.newIds().get(0));
        assertThat(links).extracting(PostingLink::source).containsExactly("linkedin", "indeed");
        assertThat(links).extracting(PostingLink::url)
                .containsExactly("https://linkedin.example/jobs/111", "https://indeed.example/jobs/abc");
        assertThat(links.get(1).attribution()).isEqualTo("Jobs from Indeed");
    }

    @Test
    void nearIdenticalDescriptionsWithoutSharedKeysAreMerged() throws Exception {
        ingest.ingest(List.of(posting("greenhouse", "1").title("Backend Engineer (m/w/d)").company("Acme").build()),
                Map.of());
        IngestResult other = ingest.ingest(List.of(posting("arbeitnow", "acme-backend").title("Backend Engineer")
                .company("Acme Payments").descriptionText(DESCRIPTION + " Apply now!").build()), Map.of());
        assertThat(other.duplicates()).isEqualTo(1);
        assertThat(repository.countActive()).isEqualTo(1);
    }

    @Test
    void storedPostingsAreRememberedByTheirSavedFingerprints() throws Exception {
        IngestResult first = ingest.ingest(List.of(posting("greenhouse", "1").build(),
                posting("greenhouse", "2").title("Data Analyst").descriptionText("Dashboards in SQL.").build()), Map.of());
        assertThat(fingerprintCount()).isEqualTo(first.newIds().size());
    }

    @Test
    void postingsStoredWithoutAFingerprintGetOneAndStillMatch() throws Exception {
        repository.insertAll(List.of(posting("import", "1").title("Backend Engineer (m/w/d)").build()));
        assertThat(fingerprintCount()).isZero();

        IngestResult other = ingest.ingest(List.of(posting("arbeitnow", "acme-backend").company("Acme Payments")
                .descriptionText(DESCRIPTION + " Apply now!").build()), Map.of());

        assertThat(other.duplicates()).isEqualTo(1);
        assertThat(fingerprintCount()).isEqualTo(1);
    }

    private long fingerprintCount() throws Exception {
        try (var connection = database.connection(); var st = connection.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM job_posting_fingerprint WHERE length(band_keys) = 128")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aReSightingUpdatesLastSeenAndDuplicatesInOneBatchAreMerged() throws Exception {
        long id = ingest.ingest(List.of(posting("linkedin", "111").build(), posting("linkedin", "111").build()),
                Map.of()).newIds().get(0);
        assertThat(repository.countActive()).isEqualTo(1);
        clock.advance(Duration.ofDays(3));

        IngestResult again = ingest.ingest(List.of(posting("linkedin", "111").build()), Map.of());

        assertThat(again.newIds()).isEmpty();
        JobPosting stored = repository.find(id).orElseThrow();
        assertThat(stored.lastSeen()).isEqualTo(clock.instant());
        assertThat(stored.firstSeen()).isEqualTo(clock.instant().minus(Duration.ofDays(3)));
        assertThat(repository.links(id)).singleElement().satisfies(link -> assertThat(link.lastSeen()).isEqualTo(clock.instant()));
    }

    @Test
    void differentJobsStaySeparate() throws Exception {
        IngestResult result = ingest.ingest(List.of(posting("linkedin", "1").build(),
                posting("linkedin", "2").title("Senior Backend Engineer").build(),
                posting("linkedin", "3").title("Data Analyst").company("Other Corp").descriptionText("Dashboards in SQL.").build()),
                Map.of());
        assertThat(result.newIds()).hasSize(3);
        assertThat(result.duplicates()).isZero();
    }

    @Test
    void postingsNotSeenForTheStalePeriodAreArchivedNotDeletedAndComeBackWhenSeenAgain() throws Exception {
        long old = ingest.ingest(List.of(posting("linkedin", "1").build()), Map.of()).newIds().get(0);
        long kept = ingest.ingest(List.of(posting("linkedin", "2").title("Data Analyst").company("Other Corp")
                .descriptionText("Dashboards in SQL.").build()), Map.of()).newIds().get(0);
        repository.setSaved(kept, true);
        clock.advance(Duration.ofDays(20));
        long fresh = ingest.ingest(List.of(posting("remotive", "9").title("Designer").company("Studio")
                .descriptionText("Figma.").build()), Map.of()).newIds().get(0);
        clock.advance(Duration.ofDays(11));

        assertThat(repository.archiveNotSeenSince(clock.instant().minus(Duration.ofDays(30)))).isEqualTo(1);

        assertThat(repository.find(old).orElseThrow().archived()).isTrue();
        assertThat(repository.find(kept).orElseThrow().archived()).as("saved postings are kept").isFalse();
        assertThat(repository.find(fresh).orElseThrow().archived()).isFalse();
        assertThat(repository.countActive()).isEqualTo(2);

        IngestResult seenAgain = ingest.ingest(List.of(posting("linkedin", "1").build()), Map.of());
        assertThat(seenAgain.postingIds()).containsExactly(old);
        assertThat(repository.find(old).orElseThrow().archived()).isFalse();
    }

    @Test
    void savedAndHiddenFlagsAreStored() throws Exception {
        long id = ingest.ingest(List.of(posting("linkedin", "1").build()), Map.of()).newIds().get(0);
        repository.setHidden(id, true);
        assertThat(repository.isHidden(id)).isTrue();
        repository.setHidden(id, false);
        assertThat(repository.isHidden(id)).isFalse();
        repository.setSaved(id, true);
        assertThat(repository.isSaved(id)).isTrue();
    }
}
