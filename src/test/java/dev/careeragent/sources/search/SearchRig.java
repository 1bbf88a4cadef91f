package dev.careeragent.sources.search;

import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.jobs.stale.StalePostings;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.security.EncryptedFileSecretVault;
import dev.careeragent.security.SecretVault;
import dev.careeragent.sources.FetchRig;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.browser.BrowserSession;
import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.sources.store.SourceHealthRepository;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A search service on a test database whose sources all point at one loopback site (fake time, no real
 * waiting), with the corpus API answers served at the real APIs' paths.
 */
final class SearchRig implements AutoCloseable {

    static final String HN_STORY = "48747976";

    final LoopbackSite site = LoopbackSite.start();
    final FetchRig fetch = new FetchRig();
    final Database database;
    final SettingsStore settings;
    final JobPostingRepository postings;
    final SecretVault vault;
    final List<NewPostingsStored> stored = new CopyOnWriteArrayList<>();
    private final Path dir;

    SearchRig(Path dir) {
        this.dir = dir;
        database = TestDatabases.open(dir.resolve("data"));
        settings = new SettingsStore(dir.resolve("settings.json"));
        vault = EncryptedFileSecretVault.withKeyFile(dir.resolve("data/secrets.vault"), dir.resolve("data/secrets.key"));
        postings = new JobPostingRepository(database, fetch.time);
        SourceSettings.Builder sources = SourceSettings.defaults().toBuilder();
        for (SourceCatalog.Entry entry : SourceCatalog.ENTRIES) {
            sources.baseUrl(entry.id(), site.base().toString());
        }
        settings.put(SourceSettings.KEY, sources.build());
        fetch.events.subscribe(NewPostingsStored.class, stored::add);
    }

    void sources(UnaryOperator<SourceSettings.Builder> change) {
        settings.update(SourceSettings.KEY, s -> change.apply(s.toBuilder()).build());
    }

    /** A fresh service on the same database (as after an app restart). */
    JobSearchService service() {
        SourceCatalog catalog = new SourceCatalog(SourceTesting.normalizer(), fetch.time,
                policy -> policy.withDelays(Duration.ZERO, Duration.ofMillis(20))
                        .withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(30)));
        return new JobSearchService(catalog, fetch.politeness, new SourceSettingsService(settings, () -> vault), new PostingIngest(database, fetch.time),
                new StalePostings(postings, () -> settings.get(SourceSettings.KEY).staleAfterDays(), fetch.time),
                new SourceHealthRepository(database), fetch.events,
                options -> new BrowserSession(options.withNavigationTimeout(Duration.ofSeconds(20))), fetch.time);
    }

    /** Corpus pages are read here, on the test thread, so a clone without the corpus skips the test. */
    void serveApis() {
        String remotive = SourceTesting.corpus("jobs/json/api/remote-jobs-collector__remotive.json");
        String remoteok = SourceTesting.corpus("jobs/json/api/remote-jobs-collector__remoteok.json");
        String hn = SourceTesting.corpus("jobs/json/api/remote-jobs-collector__hn.json");
        site.serve("/api/remote-jobs", hit -> Reply.json(remotive));
        site.serve("/api", hit -> Reply.json(remoteok));
        site.serve("/api/job-board-api", hit -> "1".equals(hit.param("page"))
                ? Reply.json(SourceTesting.resource("/dev/careeragent/sources/api/arbeitnow_jobs.json"))
                : Reply.json("{\"data\":[],\"links\":{\"next\":null}}"));
        site.serve("/api/v1/search_by_date", hit -> Reply.json("{\"hits\":[{\"objectID\":\"" + HN_STORY
                + "\",\"title\":\"Ask HN: Who is hiring? (July 2026)\"}]}"));
        site.serve("/api/v1/search", hit -> "0".equals(hit.param("page"))
                ? Reply.json(hn)
                : Reply.json("{\"hits\":[]}"));
        site.serve("/api/v2/remote-jobs", hit -> Reply.json(SourceTesting.corpus("jobs/json/api/remote-jobs-collector__jobicy.json")));
        site.serve("/jobs/api", hit -> "0".equals(hit.param("offset"))
                ? Reply.json(SourceTesting.corpus("jobs/json/api/remote-jobs-collector__himalayas.json"))
                : Reply.json("{\"jobs\":[]}"));
        site.serve("/v1/boards/acme/jobs", hit -> Reply.json(SourceTesting.resource("/dev/careeragent/sources/api/greenhouse_jobs.json")));
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        site.close();
        database.close();
    }
}
