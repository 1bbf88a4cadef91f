package dev.careeragent.resume;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.guard.BoundedFiles;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.resume.compare.ResumeDiff;
import dev.careeragent.resume.compare.ResumeDiffer;
import dev.careeragent.resume.export.DocxExporter;
import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.resume.export.PdfExporter;
import dev.careeragent.resume.model.DeletedVersion;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeJson;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.read.ParseRisk;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.read.ResumeImportException.Kind;
import dev.careeragent.resume.store.ResumeVersion;
import dev.careeragent.resume.store.ResumeVersionRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's resume versions: import a file (kept byte for byte, with what was understood from it), list,
 * rename, delete with undo, compare, choose the primary one (used by matching) and export. Every import and
 * every saved correction is a new version; nothing is overwritten in place. Call it off the UI thread.
 */
public final class ResumeService {

    /** Deleted versions stay restorable this long, then {@link #purgeDeleted()} removes them. */
    public static final Duration KEEP_DELETED = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(ResumeService.class);

    private final ResumeVersionRepository repository;
    private final ResumeParser parser;
    private final ResumeSkills skills;
    private final EventBus events;
    private final Clock clock;
    private final ResumeJson json = new ResumeJson();

    public ResumeService(ResumeVersionRepository repository, ResumeParser parser, ResumeSkills skills, EventBus events,
                         Clock clock) {
        this.repository = repository;
        this.parser = parser;
        this.skills = skills;
        this.events = events;
        this.clock = clock;
    }

    /** Imports a file in the background with progress; the value is the new version. */
    public BackgroundTask<VersionInfo> importTask(Path file, String password, String label) {
        return BackgroundTask.of("Importing " + file.getFileName(), task -> {
            task.updateMessage("Reading the file");
            task.updateProgress(0.05, 1);
            byte[] bytes = readFile(file);
            return importBytes(bytes, file.getFileName().toString(), password, label, (done, step) -> {
                task.checkCancelled();
                task.updateMessage(step);
                task.updateProgress(done, 1);
            });
        });
    }

    /** Imports a file's bytes as a new version (primary if it is the first); all or nothing. */
    public VersionInfo importBytes(byte[] bytes, String fileName, String password, String label) throws ResumeImportException {
        return importBytes(bytes, fileName, password, label, (done, step) -> { });
    }

    private VersionInfo importBytes(byte[] bytes, String fileName, String password, String label, Progress progress)
            throws ResumeImportException {
        progress.step(0.15, "Understanding the resume");
        ParsedResume parsed = parser.parse(bytes, fileName, password);
        progress.step(0.7, "Finding skills");
        List<ResumeSkill> found = skills.find(parsed.resume());
        progress.step(0.9, "Saving the version");
        ResumeVersion version = new ResumeVersion(label == null || label.isBlank() ? defaultLabel(fileName) : label.strip(),
                clock.instant(), fileName, parsed.format().name(), bytes, json.write(parsed.resume()), null)
                .withFileFacts(json.write(found), json.write(parsed.risks()), parsed.pageCount());
        repository.insert(version);
        LOG.info("Imported resume version {} ({}, {} skills)", version.getId(), parsed.format(), found.size());
        if (version.isPrimary()) {
            events.publish(new PrimaryResumeChanged(version.getId()));
        }
        return info(version);
    }

    /** Reads a file for import: a clear message when it is missing, unreadable or too large. */
    public static byte[] readFile(Path file) throws ResumeImportException {
        try {
            return BoundedFiles.read(file, ResumeParser.MAX_BYTES);
        } catch (BoundedFiles.RefusedFile e) {
            throw new ResumeImportException(Kind.UNREADABLE, e.getMessage(), e);
        } catch (IOException e) {
            throw new ResumeImportException(Kind.UNREADABLE, "The file " + file + " could not be read ("
                    + e.getClass().getSimpleName() + "). Check that it still exists and that you may open it.", e);
        }
    }

    /** Understands a file without storing anything. */
    public ParsedResume parse(byte[] bytes, String fileName, String password) throws ResumeImportException {
        return parser.parse(bytes, fileName, password);
    }

    public List<ResumeSkill> skillsOf(Resume resume) {
        return skills.find(resume);
    }

    /** Live versions, newest first. */
    public List<VersionInfo> list() {
        return repository.list();
    }

    public Optional<StoredResume> find(long id) {
        return repository.find(id).map(this::stored);
    }

    /** A live version with its content; a clear message when there is none with that id. */
    public StoredResume load(long id) {
        return find(id).orElseThrow(() -> missing(id));
    }

    public Optional<byte[]> originalFile(long id) {
        return repository.find(id).map(ResumeVersion::getOriginalBytes);
    }

    /** The version matching uses. */
    public Optional<StoredResume> primary() {
        return repository.primaryId().flatMap(this::find);
    }

    /** Saves an edited resume as a new version whose parent is the edited one; the parent is not touched. */
    public VersionInfo saveCorrection(long parentId, Resume edited, String label) {
        ResumeVersion parent = repository.find(parentId).orElseThrow(() -> missing(parentId));
        List<ResumeSkill> found = skills.find(edited);
        String name = label == null || label.isBlank() ? parent.getLabel() + " (edited)" : label.strip();
        ResumeVersion version = new ResumeVersion(name, clock.instant(), parent.getSourceFileName(), parent.getSourceFormat(),
                parent.getOriginalBytes(), json.write(edited), parentId)
                .withFileFacts(json.write(found), parent.getRisksJson(), parent.getPageCount());
        repository.insert(version);
        return info(version);
    }

    public boolean rename(long id, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A version needs a name; please type one.");
        }
        return repository.rename(id, label.strip());
    }

    /** Hides a version until {@link #restore} or the purge; when it was primary the newest other one takes over. */
    public DeletedVersion delete(long id) {
        DeletedVersion deleted = repository.softDelete(id, clock.instant()).orElseThrow(() -> missing(id));
        if (deleted.wasPrimary()) {
            events.publish(new PrimaryResumeChanged(deleted.newPrimaryId()));
        }
        return deleted;
    }

    /** Undoes a {@link #delete}: the version is back, primary again if it was. */
    public boolean restore(DeletedVersion deleted) {
        boolean restored = repository.restore(deleted);
        if (restored && (deleted.wasPrimary() || deleted.newPrimaryId() == null)) {
            events.publish(new PrimaryResumeChanged(deleted.id()));
        }
        return restored;
    }

    /** Removes for good the versions deleted more than {@link #KEEP_DELETED} ago. */
    public int purgeDeleted() {
        return repository.purgeDeletedBefore(clock.instant().minus(KEEP_DELETED));
    }

    public void makePrimary(long id) {
        if (Objects.equals(repository.primaryId().orElse(null), id)) {
            return;
        }
        if (!repository.makePrimary(id)) {
            throw missing(id);
        }
        events.publish(new PrimaryResumeChanged(id));
    }

    /** What changed from {@code olderId} to {@code newerId}, field by field. */
    public ResumeDiff compare(long olderId, long newerId) {
        return new ResumeDiffer().compare(load(olderId).resume(), load(newerId).resume());
    }

    public byte[] export(long id, ResumeExportFormat format) {
        Resume resume = load(id).resume();
        return switch (format) {
            case PDF -> new PdfExporter().export(resume);
            case DOCX -> new DocxExporter().export(resume);
            case JSON -> new JsonResumeExporter().export(resume).getBytes(StandardCharsets.UTF_8);
        };
    }

    private StoredResume stored(ResumeVersion v) {
        return new StoredResume(info(v), json.read(v.getParsedJson()), json.readList(v.getSkillsJson(), ResumeSkill.class),
                json.readList(v.getRisksJson(), ParseRisk.class), v.getPageCount());
    }

    private static VersionInfo info(ResumeVersion v) {
        return new VersionInfo(v.getId(), v.getLabel(), v.getCreatedAt(), v.getSourceFileName(), v.getSourceFormat(),
                v.isPrimary(), v.getParentId());
    }

    private static IllegalArgumentException missing(long id) {
        return new IllegalArgumentException("There is no resume version " + id + " (it may have been deleted)."
                + " The version list shows the ones you have.");
    }

    static String defaultLabel(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Imported resume";
        }
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @FunctionalInterface
    private interface Progress {
        void step(double done, String message);
    }
}
