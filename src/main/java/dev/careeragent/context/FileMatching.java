package dev.careeragent.context;

import dev.careeragent.ai.embed.EmbeddingService;
import dev.careeragent.core.DataFolder;
import dev.careeragent.match.EmbeddingCache;
import dev.careeragent.match.InMemoryVectorStore;
import dev.careeragent.match.MatchEngine;
import dev.careeragent.match.ResumeProfiles;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.jobtext.JobFileReader;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;

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

    private FileMatching(DataFolder folder) {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        SkillExtractor skills = new SkillExtractor(taxonomy);
        this.embeddings = new EmbeddingService(folder.root().resolve("cache"), Runtime.getRuntime().availableProcessors());
        this.engine = new MatchEngine(taxonomy, skills, new EmbeddingCache(embeddings, new InMemoryVectorStore()));
        this.resumeProfiles = new ResumeProfiles(skills);
    }

    public static FileMatching open(DataFolder folder) {
        return new FileMatching(folder);
    }

    public MatchEngine engine() { return engine; }
    public ResumeProfiles resumeProfiles() { return resumeProfiles; }
    public ResumeParser resumeParser() { return resumeParser; }
    public JobFileReader jobFiles() { return jobFiles; }

    @Override
    public void close() {
        embeddings.close();
    }
}
