package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.SavedSearchesChanged;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.ui.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running and saving searches from the Jobs page, against a job API on 127.0.0.1, without the FX thread. */
class SearchRunViewModelTest {

    @TempDir
    Path dir;

    private final LoopbackSite site = LoopbackSite.start();
    private AppContext context;
    private SearchRunViewModel model;
    private int refreshes;

    @BeforeEach
    void open() {
        context = TestApp.open(dir, new CurrentThreadTaskExecutor());
        context.settings().put(SourceSettings.KEY, SourceSettings.defaults().toBuilder()
                .baseUrl("remoteok", site.base().toString()).baseUrl("arbeitnow", site.base().toString())
                .enabledSources(List.of("remoteok")).build());
        String remoteok = SourceTesting.corpus("jobs/json/api/remote-jobs-collector__remoteok.json");
        site.serve("/api", hit -> Reply.json(remoteok));
        site.serve("/api/job-board-api", hit -> Reply.text(500, "broken"));
        model = new SearchRunViewModel(TestApp.services(context).jobs(), context.tasks(), context.settings(), context.events(), Runnable::run,
                () -> refreshes++, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        context.close();
        site.close();
    }

    @Test
    void aRunShowsEachSourcesOutcomeAndRefreshesTheTable() throws Exception {
        assertThat(model.form().selectedSources()).containsExactly("remoteok");
        model.form().sources().stream().filter(s -> s.id().equals("arbeitnow")).findFirst().orElseThrow()
                .selectedProperty().set(true);

        model.run();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progress()).extracting(item -> item.stateProperty().get()).containsExactly("succeeded", "failed");
        assertThat(model.progress().get(0).detailProperty().get()).isEqualTo("4 found, 4 new");
        assertThat(model.progress().get(1).detailProperty().get()).contains("500");
        assertThat(model.summaryProperty().get()).startsWith("Found 4 jobs: 4 new, 0 already known.").contains("Arbeitnow answered HTTP 500");
        assertThat(refreshes).isEqualTo(1);
        assertThat(context.postings().countActive()).isEqualTo(4);
        assertThat(model.health()).filteredOn(h -> h.sourceId().equals("arbeitnow")).singleElement()
                .satisfies(h -> assertThat(h.lastError()).contains("500"));
        assertThat(model.health()).filteredOn(h -> h.sourceId().equals("remoteok")).singleElement()
                .satisfies(h -> assertThat(h.lastSuccess()).isNotEqualTo("-"));
    }

    @Test
    void runningANewSearchSavesItSoItKeepsRunningUnlessTheUserSaysNo() throws Exception {
        List<SavedSearchesChanged> changes = new java.util.ArrayList<>();
        context.events().subscribe(SavedSearchesChanged.class, changes::add);
        model.form().keywordsProperty().set("java");

        model.run();

        assertThat(model.keepRunningProperty().get()).as("on by default").isTrue();
        assertThat(context.savedSearches().all()).singleElement().satisfies(saved -> {
            assertThat(saved.getKeywords()).isEqualTo("java");
            assertThat(saved.isEnabled()).isTrue();
        });
        assertThat(changes).as("the scheduler is told").hasSize(1);

        model.edit(null);
        model.keepRunningProperty().set(false);
        model.form().keywordsProperty().set("kotlin");
        model.run();
        assertThat(context.savedSearches().all()).hasSize(1);
    }

    @Test
    void searchesAreSavedEditedAndDeleted() {
        SearchForm form = model.form();
        form.keywordsProperty().set("java developer");
        form.locationProperty().set("Berlin");
        form.remoteProperty().set(true);
        form.postedWithinDaysProperty().set(7);
        form.limitProperty().set(25);
        model.save();

        assertThat(model.savedSearches()).singleElement().satisfies(s -> {
            assertThat(s.getName()).isEqualTo("java developer in Berlin");
            assertThat(s.getRemoteModes()).containsExactly(RemoteMode.REMOTE.name());
            assertThat(s.getPostedWithinDays()).isEqualTo(7);
            assertThat(s.getResultLimit()).isEqualTo(25);
            assertThat(s.getSources()).containsExactly("remoteok");
        });
        SavedSearch saved = model.savedSearches().get(0);
        model.edit(null);
        assertThat(form.keywordsProperty().get()).isEmpty();
        model.edit(saved);
        assertThat(form.keywordsProperty().get()).isEqualTo("java developer");
        form.nameProperty().set("Java in Berlin");
        model.save();
        assertThat(model.savedSearches()).extracting(SavedSearch::getName).containsExactly("Java in Berlin");

        model.delete();
        assertThat(model.savedSearches()).isEmpty();
    }

    @Test
    void aFormWithoutSourcesSaysWhatIsMissing() {
        model.form().sources().forEach(s -> s.selectedProperty().set(false));
        model.run();
        assertThat(model.errorProperty().get()).isEqualTo("Choose at least one source to search.");
        assertThat(site.hits()).isEmpty();
    }
}
