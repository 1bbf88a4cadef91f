package dev.careeragent.context;

import dev.careeragent.ai.embed.EmbeddingService;
import dev.careeragent.core.DataFolder;
import dev.careeragent.match.EmbeddingCache;
import dev.careeragent.match.InMemoryVectorStore;
import dev.careeragent.match.MatchEngine;
import dev.careeragent.match.ResumeProfiles;
import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.store.ProfileRepository;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.jobtext.JobFileReader;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The matching services without the database, for scoring resume files against job files ({@code careeragent
 * match}): built here like every other service, with vectors kept in memory. The embedding model loads on first use.
 */
public final class FileMatching implements AutoCloseable {

    private final EmbeddingService embeddings;
    private final MatchEngine engine;
    private final ResumeProfiles resumeProfiles;
    private final ResumeParser resumeParser = new ResumeParser();
    private final JobFileReader jobFiles = new JobFileReader();
    private final Preferences preferences;

    private FileMatching(DataFolder folder) {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        SkillExtractor skills = new SkillExtractor(taxonomy);
        this.embeddings = new EmbeddingService(folder.root().resolve("cache"), Runtime.getRuntime().availableProcessors());
        this.engine = new MatchEngine(taxonomy, skills, new EmbeddingCache(embeddings, new InMemoryVectorStore()));
        this.resumeProfiles = new ResumeProfiles(skills);
        this.preferences = savedPreferences(folder);
    }

    /** The preferences saved in the app (Settings > Profile), so the CLI scores as the Jobs page does. */
    private static Preferences savedPreferences(DataFolder folder) {
        if (!Files.isRegularFile(folder.database())) {
            return Preferences.none();
        }
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(folder.database(), new DatabaseBackups(folder.backups(), clock), Entities.ALL)) {
            return new ProfileRepository(database, clock).load();
        }
    }

    public static FileMatching open(DataFolder folder) {
        return new FileMatching(folder);
    }

    public MatchEngine engine() { return engine; }
    public ResumeProfiles resumeProfiles() { return resumeProfiles; }
    public ResumeParser resumeParser() { return resumeParser; }
    public JobFileReader jobFiles() { return jobFiles; }
    public Preferences preferences() { return preferences; }

    @Override
    public void close() {
        embeddings.close();
    }
}
