package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.search.JobQuery.Sort;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.match.MatchProgress;
import dev.careeragent.match.MatchResult;
import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.ui.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Match scores on the Jobs page's rows: real resume, real postings, real model and database, no FX thread. */
class JobsScoresViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private JobsViewModel model;
    private List<JobPosting> postings;

    @BeforeEach
    void open() {
        context = TestApp.open(dir, new CurrentThreadTaskExecutor());
        postings = ScoredJobsSeed.seed(context);
        model = new JobsViewModel(TestApp.services(context).jobs(), context.tasks(), url -> { }, text -> { },
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private PostingRow row(long id) {
        return model.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private List<Double> shownScores() {
        return model.rows().stream().map(model::score).filter(Objects::nonNull).filter(r -> !r.excluded())
                .map(MatchResult::score).toList();
    }

    @Test
    void rowsCarryTheirScoresBestFirstAndUnscoredLast() {
        model.refresh();

        assertThat(model.hasResumeProperty().get()).isTrue();
        assertThat(model.rows()).hasSize(postings.size());
        assertThat(model.totalProperty().get()).isEqualTo(postings.size());
        for (JobPosting p : postings.subList(0, postings.size() - 1)) {
            assertThat(model.score(row(p.id()))).as(p.title()).isNotNull()
                    .isEqualTo(context.matching().result(p.id()).orElseThrow());
        }
        JobPosting unscored = postings.get(postings.size() - 1);
        assertThat(model.score(row(unscored.id()))).isNull();
        assertThat(model.rows().get(model.rows().size() - 1).id()).isEqualTo(unscored.id());
        assertThat(shownScores()).hasSizeGreaterThan(2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // the Java developer resume fits the Java developer posting best
        assertThat(model.rows().get(0).id()).isEqualTo(postings.get(0).id());
        assertThat(model.skillGaps()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("of your top"));
    }

    @Test
    void ascendingScoreKeepsUnscoredLastAndOtherSortsUseTheDatabase() {
        model.ascendingProperty().set(true);
        model.refresh();
        assertThat(shownScores()).isSorted();
        assertThat(model.rows().get(model.rows().size() - 1).id()).isEqualTo(postings.get(postings.size() - 1).id());

        model.sortByScoreProperty().set(false);
        model.sortProperty().set(Sort.TITLE);
        model.refresh();
        assertThat(model.rows()).extracting(r -> r.title().toLowerCase()).isSorted();
        assertThat(model.score(row(postings.get(0).id()))).isNotNull();
    }

    @Test
    void minimumScoreLeavesOutWeakerAndUnscoredJobs() {
        model.refresh();
        double best = context.matching().result(postings.get(0).id()).orElseThrow().score();
        int threshold = (int) Math.floor(best) - 1;
        long atLeast = postings.stream().map(p -> context.matching().result(p.id()).orElse(null))
                .filter(r -> r != null && !r.excluded() && r.badge() >= threshold).count();

        model.minScoreProperty().set(threshold);
        model.refresh();

        assertThat(model.rows()).isNotEmpty().hasSize((int) atLeast).hasSizeLessThan(postings.size())
                .allSatisfy(r -> assertThat(model.score(r).badge()).isGreaterThanOrEqualTo(threshold));
        assertThat(model.totalProperty().get()).isEqualTo(atLeast);
        model.clearFilters();
        assertThat(model.rows()).hasSize(postings.size());
    }

    @Test
    void selectingAJobLoadsWhyItScoredSo() {
        model.refresh();
        model.select(row(postings.get(0).id()));

        MatchResult match = model.detailProperty().get().match();
        assertThat(match).isNotNull();
        assertThat(match.explanation().matchedSkills()).anySatisfy(s -> assertThat(s).containsIgnoringCase("java"));
        assertThat(match.explanation().reasons()).isNotEmpty();
        assertThat(WhyScore.points(match)).anySatisfy(l -> assertThat(l).startsWith("Skills: "));
    }

    @Test
    void aJobWithAnAvoidedWordIsListedAfterEveryScoredJobWithTheReason() {
        JobPosting best = postings.get(0);
        context.profile().save(new Preferences(List.of(), List.of(), RemotePreference.ANY, null, null, List.of(),
                TargetLevel.ANY, List.of(), List.of(best.title()), null));
        context.matching().scoreAll(postings.subList(0, postings.size() - 1), MatchProgress.NONE, () -> false);
        model.refresh();

        MatchResult hidden = model.score(row(best.id()));
        assertThat(hidden.excluded()).isTrue();
        assertThat(WhyScore.headline(hidden)).isEqualTo("Hidden: on your avoid list");
        assertThat(ScoredRows.exclusionReason(hidden)).startsWith("Mentions").endsWith("a word you avoid");
        List<Boolean> excludedInOrder = model.rows().stream().map(model::score).filter(Objects::nonNull)
                .map(MatchResult::excluded).toList();
        assertThat(excludedInOrder).as("hidden jobs come after every scored one").contains(false).isSorted();
    }

    @Test
    void withoutAResumeNothingIsScoredAndTheViewAsksForOne() {
        context.close();
        context = TestApp.open(dir.resolve("fresh"), new CurrentThreadTaskExecutor());
        context.postings().save(postings.get(0).toBuilder().id(null).build());
        model = new JobsViewModel(TestApp.services(context).jobs(), context.tasks(), url -> { }, text -> { },
                Clock.systemUTC());
        model.refresh();

        assertThat(model.hasResumeProperty().get()).isFalse();
        assertThat(model.rows()).hasSize(1);
        assertThat(model.score(model.rows().get(0))).isNull();
        assertThat(model.skillGaps()).isEmpty();
    }
}
