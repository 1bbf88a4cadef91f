package dev.careeragent.letters;

import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.letters.store.LetterStore;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A real SQLite file with the fixture resume imported and the fixture posting stored, and the letter service on it. */
public final class LetterStack implements AutoCloseable {

    public final Database database;
    public final ResumeService resumes;
    public final JobPostingRepository postings;
    public final LetterService letters;
    public final long resumeId;
    public final long postingId;
    public final AtomicReference<LlmConnector> model = new AtomicReference<>(new LlmConnector(LlmConfig.none()));

    public LetterStack(Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
        database = TestDatabases.open(dir);
        resumes = new ResumeService(new ResumeVersionRepository(database), new ResumeParser(),
                new ResumeSkills(LetterFixtures.TAXONOMY, LetterFixtures.SKILLS), new EventBus(), clock);
        byte[] json = new JsonResumeExporter().export(LetterFixtures.RESUME).getBytes(StandardCharsets.UTF_8);
        resumeId = resumes.importBytes(json, "ada.json", null, "Ada").id();
        postings = new JobPostingRepository(database, clock);
        JobPosting saved = postings.save(LetterFixtures.POSTING.toBuilder().id(null).build());
        postingId = saved.id();
        letters = new LetterService(resumes, postings, new LetterFactsBuilder(new RequirementExtractor(LetterFixtures.SKILLS)),
                new LetterComposer(LetterFixtures.GUARD), new LetterStore(database, clock), model::get, id -> Optional.empty(), clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
