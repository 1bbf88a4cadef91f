package dev.careeragent.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.jobs.search.FtsQuery;
import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.jobs.search.JobQuery.Sort;
import dev.careeragent.store.Database;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.StoredScores;
import dev.careeragent.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostingSearchTest {

    @TempDir
    Path dir;

    private Database database;
    private PostingSearch search;
    private JobPostingRepository repository;
    private List<Long> ids;

    @BeforeEach
    void seed() throws Exception {
        database = TestDatabases.open(dir);
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
        repository = new JobPostingRepository(database, clock);
        search = new PostingSearch(database, () -> "match_score");
        ids = new PostingIngest(database, clock).ingest(List.of(
                job("linkedin", "1", "Senior Java Developer", "Acme", "Berlin", RemoteMode.HYBRID, 70_000, SalaryPeriod.YEAR,
                        LocalDate.of(2026, 3, 9), "Spring Boot microservices and Kafka."),
                job("indeed", "2", "Python Data Engineer", "Datawerk", "München", RemoteMode.ON_SITE, 40, SalaryPeriod.HOUR,
                        LocalDate.of(2026, 2, 1), "Airflow pipelines, some Java is welcome."),
                job("remotive", "3", "Frontend Developer", "Pixel Ltd", "Remote", RemoteMode.REMOTE, null, null,
                        LocalDate.of(2026, 3, 1), "React and TypeScript; café culture."),
                job("remoteok", "4", "JavaScript Engineer", "Scriptly", "Remote", RemoteMode.REMOTE, 50_000, SalaryPeriod.YEAR,
                        null, "Node.js services.")), Map.of()).newIds();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static JobPosting job(String source, String id, String title, String company, String city, RemoteMode remote,
            Integer salary, SalaryPeriod period, LocalDate posted, String text) {
        return JobPosting.builder().source(source).sourceId(id).url("https://x.example/" + source + "/" + id).title(title)
                .company(company).location(city).city(city).remote(remote)
                .salaryMin(salary == null ? null : BigDecimal.valueOf(salary)).salaryCurrency(salary == null ? null : "EUR")
                .salaryPeriod(period).postedDate(posted).descriptionText(text).build();
    }

    private List<String> titles(JobQuery query) throws Exception {
        return search.page(query, 0, 50).stream().map(PostingRow::title).toList();
    }

    @Test
    void prefixesMatchTitlesCompaniesAndPlacesAsTheUserTypes() throws Exception {
        assertThat(titles(JobQuery.all().withText("jav"))).as("title words starting with jav")
                .containsExactlyInAnyOrder("Senior Java Developer", "JavaScript Engineer");
        assertThat(titles(JobQuery.all().withText("java dev"))).containsExactly("Senior Java Developer");
        assertThat(titles(JobQuery.all().withText("datawe"))).as("company prefix").containsExactly("Python Data Engineer");
        assertThat(titles(JobQuery.all().withText("munch"))).as("place prefix, diacritics folded")
                .containsExactly("Python Data Engineer");
        assertThat(search.count(JobQuery.all().withText("jav"))).isEqualTo(2);
    }

    @Test
    void wholeWordsMatchDescriptionsToo() throws Exception {
        assertThat(titles(JobQuery.all().withText("cafe"))).as("diacritics folded").containsExactly("Frontend Developer");
        assertThat(titles(JobQuery.all().withText("airflow"))).containsExactly("Python Data Engineer");
        assertThat(titles(JobQuery.all().withText("airfl"))).as("a partial word is not looked up in descriptions")
                .isEmpty();
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() throws Exception {
        assertThat(titles(JobQuery.all().withText("java"))).hasSize(3).last()
                .as("java only in the description").isEqualTo("Python Data Engineer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "AND(", "java AND", "NEAR(", "title:java", "*", "-", "\"java", "OR", "java)(",
            "^java", "''", "java - +", "c++", "   "})
    void oddInputNeverFails(String input) {
        assertThatCode(() -> search.page(JobQuery.all().withText(input), 0, 10)).doesNotThrowAnyException();
        assertThatCode(() -> search.count(JobQuery.all().withText(input))).doesNotThrowAnyException();
    }

    @Test
    void wordsWithMarksAreSplitAsTheIndexSplitsThem() throws Exception {
        repository.insertAll(List.of(job("t", "5", "हिन्दी अनुवादक", "Bhasha", "Pune", RemoteMode.REMOTE, null, null, null,
                "Cafe\u0301s and naïve translations.")));
        assertThat(titles(JobQuery.all().withText("हिन्दी"))).containsExactly("हिन्दी अनुवादक");
        assertThat(titles(JobQuery.all().withText("cafe\u0301s naive"))).as("decomposed accent").hasSize(1);
    }

    @Test
    void scoreOrderPagesThroughScoredThenExcludedThenUnscoredJobs() throws Exception {
        long version = storeScores(Map.of(ids.get(0), 40.0, ids.get(1), 90.0, ids.get(2), 70.0), ids.get(2));
        PostingSearch.MatchScores best = new PostingSearch.MatchScores(version, 0, true);
        List<Long> expected = List.of(ids.get(1), ids.get(0), ids.get(2), ids.get(3));

        assertThat(pagedIds(JobQuery.all(), best, 1)).containsExactlyElementsOf(expected);
        assertThat(pagedIds(JobQuery.all(), best, 3)).containsExactlyElementsOf(expected);
        assertThat(pagedIds(JobQuery.all().sortedBy(Sort.RELEVANCE, true), best, 2))
                .containsExactly(ids.get(0), ids.get(1), ids.get(2), ids.get(3));
        assertThat(pagedIds(JobQuery.all().withText("developer"), best, 1)).containsExactly(ids.get(0), ids.get(2));

        PostingSearch.MatchScores atLeast50 = new PostingSearch.MatchScores(version, 50, true);
        assertThat(pagedIds(JobQuery.all(), atLeast50, 1)).containsExactly(ids.get(1));
        assertThat(search.search(JobQuery.all(), atLeast50, 0, 10).total()).isEqualTo(1);
        assertThat(search.search(JobQuery.all(), new PostingSearch.MatchScores(version, 40, false), 0, 10).rows())
                .extracting(PostingRow::id).as("filter only, newest first").containsExactly(ids.get(0), ids.get(1));
    }

    @Test
    void aBroadScoreOrderedSearchPagesThroughTheScoreIndexInTheSameOrder() throws Exception {
        List<JobPosting> many = new java.util.ArrayList<>();
        for (int i = 0; i < PostingSearch.COUNT_CAP + 10; i++) {
            many.add(JobPosting.builder().source("bulk").sourceId("b" + i).title("Analyst " + i).company("Bulk")
                    .descriptionText("Spreadsheets.").build());
        }
        repository.insertAll(many);
        List<Long> all = search.page(JobQuery.all(), 0, 2000).stream().map(PostingRow::id).toList();
        Map<Long, Double> scores = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 7 != 0) { // every 7th job stays unscored
                scores.put(all.get(i), (i * 37 % 1000) / 10.0 + i / 100_000.0); // distinct scores
            }
        }
        long excluded = all.get(1);
        long version = storeScores(scores, excluded);

        List<Long> expected = new java.util.ArrayList<>(scores.keySet().stream().filter(id -> id != excluded)
                .sorted((a, b) -> Double.compare(scores.get(b), scores.get(a))).toList());
        expected.add(excluded);
        expected.addAll(all.stream().filter(id -> !scores.containsKey(id)).sorted(java.util.Comparator.reverseOrder())
                .toList());
        assertThat(search.count(JobQuery.all())).as("broad: more matches than the count cap")
                .isGreaterThan(PostingSearch.COUNT_CAP);
        assertThat(pagedIds(JobQuery.all(), new PostingSearch.MatchScores(version, 0, true), 100))
                .containsExactlyElementsOf(expected);
    }

    private List<Long> pagedIds(JobQuery query, PostingSearch.MatchScores scores, int pageSize) throws Exception {
        List<Long> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            List<PostingRow> page = search.page(query, scores, offset, pageSize);
            page.forEach(row -> all.add(row.id()));
            if (page.size() < pageSize) {
                return all;
            }
        }
    }

    private long storeScores(Map<Long, Double> scores, long excluded) throws Exception {
        try (var connection = database.connection(); var st = connection.createStatement()) {
            long version = StoredScores.newResumeVersion(st);
            for (Map.Entry<Long, Double> e : scores.entrySet()) {
                st.executeUpdate("INSERT INTO match_score (posting_id, resume_version_id, score, excluded, explanation_json,"
                        + " posting_hash, profile_hash, computed_at) VALUES (" + e.getKey() + ", " + version + ", "
                        + e.getValue() + ", " + (e.getKey() == excluded ? 1 : 0) + ", '{}', 'p', 'r', '2026-03-01')");
            }
            return version;
        }
    }

    @Test
    void operatorsAreReadAsWords() throws Exception {
        assertThat(titles(JobQuery.all().withText("java AND("))).as("\"and\" is a word of its description")
                .containsExactly("Senior Java Developer");
        assertThat(titles(JobQuery.all().withText("\"java\""))).hasSize(3);
        assertThat(FtsQuery.of("AND(")).contains("\"AND\"");
        assertThat(FtsQuery.of("  -*( ")).isEmpty();
    }

    @Test
    void filtersBySourceRemotePostedDateAndYearlySalary() throws Exception {
        assertThat(titles(JobQuery.all().withSources(Set.of("remotive", "remoteok"))))
                .containsExactlyInAnyOrder("Frontend Developer", "JavaScript Engineer");
        assertThat(titles(JobQuery.all().withRemote(Set.of(RemoteMode.HYBRID)))).containsExactly("Senior Java Developer");
        assertThat(titles(JobQuery.all().withPostedSince(LocalDate.of(2026, 3, 1))))
                .as("no posted date: first seen counts").containsExactlyInAnyOrder("Senior Java Developer",
                        "Frontend Developer", "JavaScript Engineer");
        assertThat(titles(JobQuery.all().withMinYearlySalary(60_000.0)))
                .as("40 EUR an hour is 83,200 a year").containsExactlyInAnyOrder("Senior Java Developer", "Python Data Engineer");
    }

    @Test
    void hiddenPostingsLeaveTheDefaultViewAndSavedOnlyShowsSaved() throws Exception {
        repository.setHidden(ids.get(0), true);
        repository.setSaved(ids.get(1), true);
        assertThat(titles(JobQuery.all())).doesNotContain("Senior Java Developer").hasSize(3);
        assertThat(titles(JobQuery.all().withHiddenOnly(true))).containsExactly("Senior Java Developer");
        assertThat(titles(JobQuery.all().withSavedOnly(true))).containsExactly("Python Data Engineer");
    }

    @Test
    void sortsAndPages() throws Exception {
        assertThat(titles(JobQuery.all().sortedBy(Sort.TITLE, true))).containsExactly("Frontend Developer",
                "JavaScript Engineer", "Python Data Engineer", "Senior Java Developer");
        assertThat(titles(JobQuery.all().sortedBy(Sort.SALARY, false)).subList(0, 2))
                .containsExactly("Python Data Engineer", "Senior Java Developer");
        assertThat(search.page(JobQuery.all().sortedBy(Sort.TITLE, true), 1, 2)).extracting(PostingRow::title)
                .containsExactly("JavaScript Engineer", "Python Data Engineer");
        assertThat(search.page(JobQuery.all(), 0, 10)).allSatisfy(row -> assertThat(row.sources()).hasSize(1));
        assertThat(search.sources()).containsExactly("indeed", "linkedin", "remoteok", "remotive");
    }
}
