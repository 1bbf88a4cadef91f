package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.sources.remotive.RemotiveSource;
import dev.careeragent.ui.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jobs page's state and commands on a real database, without the FX thread. */
class JobsViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private JobsViewModel model;
    private final List<String> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private int stored;

    @BeforeEach
    void open() throws Exception {
        context = TestApp.open(dir, new CurrentThreadTaskExecutor());
        stored = JobsSeed.seed(context).size();
        model = new JobsViewModel(TestApp.services(context).jobs(), context.tasks(), opened::add, copied::add,
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private PostingRow row(String title) {
        return model.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void showsTheStoredJobsAndTheirSources() {
        model.refresh();
        assertThat(model.totalProperty().get()).isEqualTo(stored);
        assertThat(model.rows()).hasSize(Math.min(stored, JobsViewModel.PAGE));
        assertThat(model.storeEmptyProperty().get()).isFalse();
        assertThat(model.sources()).containsExactly("linkedin", "remoteok", "remotive");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void searchTextAndFiltersNarrowTheList() {
        model.searchTextProperty().set("power monit");
        model.refresh();
        assertThat(model.rows()).extracting(PostingRow::title)
                .containsExactly("Power Monitoring Execution Engineer, Google Data Center");

        model.searchTextProperty().set("");
        model.sourceProperty().set("remotive");
        model.refresh();
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.sources()).contains("remotive"));

        model.sourceProperty().set(null);
        model.remoteProperty().set(RemoteMode.REMOTE);
        model.refresh();
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.remote()).isEqualTo(RemoteMode.REMOTE));

        model.minSalaryProperty().set("1,000k");
        model.refresh();
        assertThat(model.rows()).isEmpty();
        model.clearFilters();
        assertThat(model.totalProperty().get()).isEqualTo(stored);
    }

    @Test
    void selectingAJobLoadsItsDescriptionAndLinks() {
        model.sourceProperty().set("remotive");
        model.refresh();
        PostingRow first = model.rows().get(0);
        model.select(first);

        JobDetail detail = model.detailProperty().get();
        assertThat(detail.posting().id()).isEqualTo(first.id());
        assertThat(detail.posting().title()).isEqualTo(first.title());
        assertThat(detail.attributions()).containsExactly(RemotiveSource.ATTRIBUTION);

        model.openOriginal(detail);
        model.copyLink(detail);
        assertThat(opened).containsExactly(detail.bestUrl());
        assertThat(copied).containsExactly(detail.bestUrl());
        assertThat(detail.bestUrl()).startsWith("https://remotive.com/");
    }

    @Test
    void hideRemovesTheJobAndUndoBringsItBack() throws Exception {
        model.refresh();
        PostingRow job = row("Chief of Staff to the CTO");
        model.select(job);

        model.hide(job);

        assertThat(model.rows()).doesNotContain(job);
        assertThat(model.totalProperty().get()).isEqualTo(stored - 1);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(context.postings().isHidden(job.id())).isTrue();
        assertThat(model.undoableHideProperty().get()).isEqualTo(job);

        model.undoHide();

        assertThat(context.postings().isHidden(job.id())).isFalse();
        assertThat(model.rows()).extracting(PostingRow::id).contains(job.id());
        assertThat(model.undoableHideProperty().get()).isNull();
        model.hiddenOnlyProperty().set(true);
        model.refresh();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void savingMarksTheRowAndTheSavedFilterShowsIt() throws Exception {
        model.refresh();
        PostingRow job = row("Chief of Staff to the CTO");
        model.toggleSaved(job);
        assertThat(context.postings().isSaved(job.id())).isTrue();
        assertThat(model.rows()).anySatisfy(r -> assertThat(r.id() == job.id() && r.saved()).isTrue());
        model.savedOnlyProperty().set(true);
        model.refresh();
        assertThat(model.rows()).extracting(PostingRow::id).containsExactly(job.id());
    }

    @Test
    void anEmptyStoreSaysSoAndAFileImportAddsTheJob() throws Exception {
        try (AppContext empty = TestApp.open(dir.resolve("empty"), new CurrentThreadTaskExecutor())) {
            JobsViewModel fresh = new JobsViewModel(TestApp.services(empty).jobs(), empty.tasks(), opened::add,
                    copied::add, Clock.systemUTC());
            fresh.refresh();
            assertThat(fresh.storeEmptyProperty().get()).isTrue();
            assertThat(fresh.rows()).isEmpty();

            fresh.importJob(dev.careeragent.testing.Corpus.file("jobs/html/indeed/talynt__indeed_posting.html").toString());
            assertThat(fresh.noticeProperty().get()).startsWith("Added");
            assertThat(fresh.rows()).extracting(PostingRow::company).containsExactly("Canonical");

            fresh.importJob(dir.resolve("nope.html").toString());
            assertThat(fresh.errorProperty().get()).contains("does not exist");
        }
    }

    @Test
    void laterPagesLoadWhenAsked() throws Exception {
        for (int i = 0; i < 3; i++) {
            new dev.careeragent.jobs.store.PostingIngest(context.database(), context.clock()).ingest(
                    JobsSeed.corpusPostings(Clock.systemUTC()).stream().map(p -> p.toBuilder().sourceId(null).url(null)
                            .company(p.company() + " " + Math.random()).title(p.title() + " " + Math.random())
                            .descriptionText(null).descriptionHtml(null).build()).toList(), java.util.Map.of());
        }
        model.refresh();
        int total = model.totalProperty().get();
        assertThat(total).isGreaterThan(JobsViewModel.PAGE);
        model.loadMore();
        assertThat(model.rows()).hasSize(Math.min(total, 2 * JobsViewModel.PAGE));
        assertThat(model.rows().stream().map(PostingRow::id).distinct().count()).isEqualTo(model.rows().size());
    }
}
