package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.resume.compare.FieldChange;
import dev.careeragent.resume.compare.ResumeDiff;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.DeletedVersion;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.store.Database;
import dev.careeragent.testing.Corpus;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions on a real SQLite file with real corpus resumes. */
class ResumeServiceTest {

    private static ResumeSkills skills;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    private final List<PrimaryResumeChanged> events = new ArrayList<>();
    private Database database;
    private ResumeService service;

    @BeforeAll
    static void taxonomy() {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        skills = new ResumeSkills(taxonomy, new SkillExtractor(taxonomy));
    }

    @BeforeEach
    void open() {
        database = TestDatabases.open(dir);
        EventBus bus = new EventBus();
        bus.subscribe(PrimaryResumeChanged.class, events::add);
        service = new ResumeService(new ResumeVersionRepository(database), new ResumeParser(), skills, bus, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private VersionInfo importCorpus(String relative) throws Exception {
        Path file = Corpus.file("resumes/" + relative);
        clock.advance(Duration.ofMinutes(1));
        return service.importBytes(Files.readAllBytes(file), file.getFileName().toString(), null, null);
    }

    @Test
    void firstImportIsPrimaryAndKeepsTheOriginalBytesAndSkillsWithEvidence() throws Exception {
        Path file = Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf");
        VersionInfo first = importCorpus("pdf/resume-matcher__john_doe.pdf");
        VersionInfo second = importCorpus("docx/soupboss__01-Accountant.docx");

        assertThat(first.primary()).isTrue();
        assertThat(second.primary()).isFalse();
        assertThat(first.label()).isEqualTo("resume-matcher__john_doe");
        assertThat(events).containsExactly(new PrimaryResumeChanged(first.id()));
        assertThat(service.list()).extracting(VersionInfo::id).containsExactly(second.id(), first.id());
        assertThat(service.originalFile(first.id())).hasValue(Files.readAllBytes(file));

        StoredResume stored = service.load(first.id());
        assertThat(stored.resume().contact().email()).isEqualTo("john.doe@email.com");
        assertThat(stored.info().sourceFormat()).isEqualTo("PDF");
        ResumeSkill java = stored.skills().stream().filter(s -> s.name().equals("Java")).findFirst().orElseThrow();
        assertThat(java.category()).isNotBlank();
        assertThat(java.evidence()).extracting(SkillEvidence::source).contains(SkillEvidence.Source.EXPERIENCE);
        assertThat(java.evidence()).allSatisfy(e -> assertThat(e.where()).isNotBlank());
        assertThat(service.primary()).map(StoredResume::id).hasValue(first.id());
    }

    @Test
    void aFileThatCannotBeReadSavesNothing() throws Exception {
        importCorpus("pdf/resume-matcher__john_doe.pdf");
        byte[] pdf = Files.readAllBytes(Corpus.file("resumes/pdf/resume-matcher__john_doe.pdf"));
        byte[] truncated = java.util.Arrays.copyOf(pdf, 1500);

        assertThatThrownBy(() -> service.importBytes(truncated, "cut.pdf", null, null))
                .isInstanceOf(ResumeImportException.class).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> service.importBytes(new byte[0], "empty.pdf", null, null))
                .isInstanceOf(ResumeImportException.class).hasMessageContaining("empty");
        assertThat(service.list()).hasSize(1);
        assertThat(new ResumeVersionRepository(database).count()).isEqualTo(1);
    }

    @Test
    void importTaskReportsProgressAndAMissingFileClearly() throws Exception {
        Path file = Corpus.file("resumes/text/soupboss__sample_resume.txt");
        List<String> messages = new ArrayList<>();
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        var task = service.importTask(file, null, "Plain text");
        VersionInfo info = tasks.execute(task).result().get();
        assertThat(info.label()).isEqualTo("Plain text");
        assertThat(task.progress()).isGreaterThan(0.5);

        var missing = tasks.execute(service.importTask(dir.resolve("nope.pdf"), null, null));
        assertThat(missing.result()).isCompletedExceptionally();
        assertThatThrownBy(() -> missing.result().get()).hasCauseInstanceOf(ResumeImportException.class)
                .hasMessageContaining("could not be read");
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void savingACorrectionMakesANewVersionAndLeavesTheOldOneAlone() throws Exception {
        VersionInfo original = importCorpus("pdf/resume-matcher__john_doe.pdf");
        Resume before = service.load(original.id()).resume();
        Resume edited = withName(before, "Jonathan Doe");
        clock.advance(Duration.ofMinutes(5));

        VersionInfo corrected = service.saveCorrection(original.id(), edited, null);

        assertThat(corrected.id()).isNotEqualTo(original.id());
        assertThat(corrected.parentId()).isEqualTo(original.id());
        assertThat(corrected.label()).isEqualTo("resume-matcher__john_doe (edited)");
        assertThat(corrected.primary()).isFalse();
        assertThat(service.load(original.id()).resume()).isEqualTo(before);
        assertThat(service.load(corrected.id()).resume().contact().name()).isEqualTo("Jonathan Doe");
        assertThat(service.originalFile(corrected.id())).hasValue(service.originalFile(original.id()).orElseThrow());
        assertThat(service.list()).hasSize(2);
    }

    @Test
    void comparesTwoVersionsFieldByField() throws Exception {
        VersionInfo original = importCorpus("pdf/resume-matcher__john_doe.pdf");
        Resume before = service.load(original.id()).resume();
        ExperienceEntry job = before.experience().get(0);
        List<String> bullets = new ArrayList<>(job.bullets());
        bullets.add("Cut page load time by 40% for 2 million users");
        List<ExperienceEntry> jobs = new ArrayList<>(before.experience());
        jobs.set(0, new ExperienceEntry("Lead Java Developer", job.company(), job.location(), job.start(), job.end(),
                job.current(), bullets));
        jobs.remove(1);
        Resume edited = new Resume(withName(before, "Jonathan Doe").contact(), before.headline(), before.summary(), jobs,
                before.education(), before.skills(), before.projects(), before.certifications(), before.languages(),
                before.otherSections(), before.sections());
        VersionInfo corrected = service.saveCorrection(original.id(), edited, "Tailored");

        ResumeDiff diff = service.compare(original.id(), corrected.id());

        assertThat(diff.changes()).contains(
                new FieldChange("Contact", "Name", FieldChange.Kind.CHANGED, before.contact().name(), "Jonathan Doe"),
                new FieldChange("Experience: Lead Java Developer at " + job.company(), "Title", FieldChange.Kind.CHANGED,
                        job.title(), "Lead Java Developer"),
                new FieldChange("Experience: Lead Java Developer at " + job.company(), "Bullet", FieldChange.Kind.ADDED,
                        null, "Cut page load time by 40% for 2 million users"));
        assertThat(diff.in("Experience")).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(FieldChange.Kind.REMOVED);
            assertThat(c.before()).contains(before.experience().get(1).company());
        });
        assertThat(service.compare(original.id(), original.id()).isEmpty()).isTrue();
    }

    @Test
    void renameDeleteUndoAndPrimary() throws Exception {
        VersionInfo first = importCorpus("pdf/resume-matcher__john_doe.pdf");
        VersionInfo second = importCorpus("docx/soupboss__01-Accountant.docx");
        events.clear();

        assertThat(service.rename(second.id(), "  Accounting roles ")).isTrue();
        assertThat(service.list().get(0).label()).isEqualTo("Accounting roles");
        assertThatThrownBy(() -> service.rename(second.id(), " ")).hasMessageContaining("needs a name");

        service.makePrimary(second.id());
        assertThat(events).containsExactly(new PrimaryResumeChanged(second.id()));
        assertThat(service.primary()).map(StoredResume::id).hasValue(second.id());
        assertThat(service.list()).filteredOn(VersionInfo::primary).extracting(VersionInfo::id).containsExactly(second.id());

        DeletedVersion deleted = service.delete(second.id());
        assertThat(deleted.wasPrimary()).isTrue();
        assertThat(service.list()).extracting(VersionInfo::id).containsExactly(first.id());
        assertThat(service.primary()).map(StoredResume::id).as("the other version takes over").hasValue(first.id());
        assertThat(service.find(second.id())).isEmpty();

        assertThat(service.restore(deleted)).isTrue();
        assertThat(service.list()).extracting(VersionInfo::id).containsExactly(second.id(), first.id());
        assertThat(service.primary()).map(StoredResume::id).hasValue(second.id());
        assertThat(events).containsExactly(new PrimaryResumeChanged(second.id()), new PrimaryResumeChanged(first.id()),
                new PrimaryResumeChanged(second.id()));

        DeletedVersion again = service.delete(first.id());
        clock.advance(Duration.ofHours(2));
        assertThat(service.purgeDeleted()).isZero();
        clock.advance(ResumeService.KEEP_DELETED);
        assertThat(service.purgeDeleted()).isEqualTo(1);
        assertThat(service.restore(again)).as("purged for good").isFalse();
        assertThatThrownBy(() -> service.load(first.id())).hasMessageContaining("no resume version " + first.id());
    }

    @Test
    void exportsAVersionInEveryFormat() throws Exception {
        VersionInfo version = importCorpus("docx/soupboss__01-Accountant.docx");
        byte[] pdf = service.export(version.id(), ResumeExportFormat.PDF);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ebony Moore", "Gilmore Financial");
        }
        byte[] docx = service.export(version.id(), ResumeExportFormat.DOCX);
        assertThat(service.parse(docx, "x.docx", null).resume().contact().email()).isEqualTo("emoore@email.com");
        String json = new String(service.export(version.id(), ResumeExportFormat.JSON), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"basics\"", "emoore@email.com");
    }

    private static Resume withName(Resume r, String name) {
        Contact c = r.contact();
        return new Resume(new Contact(name, c.email(), c.phone(), c.location(), c.links()), r.headline(), r.summary(),
                r.experience(), r.education(), r.skills(), r.projects(), r.certifications(), r.languages(),
                r.otherSections(), r.sections());
    }
}
