package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careeragent.resume.store.ResumeVersionRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.resume.export.DocxExporter;
import dev.careeragent.resume.read.ParseRisk;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.read.ResumeImportException.Kind;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.store.Database;
import dev.careeragent.testing.LegacyWordFile;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.SyntheticResume;
import dev.careeragent.testing.TestDatabases;

/** Broken, protected and mislabelled .doc files: a message a person can act on, and nothing saved. */
class DocBadInputTest {

    private static final byte[] DOC = LegacyWordFile.of(DocImportTest.RESUME);

    private final ResumeParser parser = new ResumeParser();

    @TempDir
    Path dir;

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void cutOffDocIsReportedAsIncomplete() {
        for (int length : new int[] {300, 1500, DOC.length / 2, DOC.length - 512}) {
            ResumeImportException error = failure(Arrays.copyOf(DOC, length), "cv.doc", null);
            assertThat(error.kind()).as("cut at %d of %d bytes", length, DOC.length).isEqualTo(Kind.TRUNCATED);
            assertThat(error.getMessage()).contains("Word document").contains("incomplete");
        }
    }

    @Test
    void docMissingOnlyItsLastBytesIsReadWithAWarning() throws Exception {
        assertThat(parser.parse(DOC, "cv.doc").risks()).extracting(ParseRisk::kind)
                .doesNotContain(ParseRisk.Kind.INCOMPLETE_FILE);

        ParsedResume cut = parser.parse(Arrays.copyOf(DOC, DOC.length - 7), "cv.doc");
        assertThat(cut.resume().contact().name()).isEqualTo("Daniel Okafor");
        assertThat(cut.risks()).extracting(ParseRisk::kind).contains(ParseRisk.Kind.INCOMPLETE_FILE);
    }

    @Test
    void wordFileWithGarbageInsideIsDamaged() throws Exception {
        byte[] garbage = new byte[3000];
        Arrays.fill(garbage, (byte) 'x');
        ResumeImportException error = failure(compoundFile(Map.of("WordDocument", garbage, "1Table", garbage)),
                "cv.doc", null);
        assertThat(error.kind()).isEqualTo(Kind.CORRUPT);
        assertThat(error.getMessage()).contains("damaged").contains(".docx").doesNotContain("Exception");
    }

    @Test
    void otherOfficeFilesAreNamedAsSuch() throws Exception {
        ResumeImportException error = failure(compoundFile(Map.of("Workbook", new byte[4096])), "cv.doc", null);
        assertThat(error.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
        assertThat(error.getMessage()).contains("not a Word document").contains("PDF");
    }

    @Test
    void passwordProtectedDocAsksForThePasswordAndOpensWithIt() throws Exception {
        byte[] encrypted = encryptDoc(DOC, "s3cret");

        ResumeImportException error = failure(encrypted, "cv.doc", null);
        assertThat(error.kind()).isEqualTo(Kind.ENCRYPTED);
        assertThat(error.getMessage()).contains("password");
        assertThat(failure(encrypted, "cv.doc", "wrong").getMessage()).contains("not correct");

        ParsedResume opened = parser.parse(encrypted, "cv.doc", "s3cret");
        assertThat(opened.format()).isEqualTo(ResumeFormat.DOC);
        assertThat(opened.resume().contact().name()).isEqualTo("Daniel Okafor");
        // The password is not left behind for the next file read on this thread.
        assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isNull();
        assertThat(failure(encrypted, "cv.doc", null).kind()).isEqualTo(Kind.ENCRYPTED);
    }

    @Test
    void passwordProtectedDocxAsksForThePasswordAndOpensWithIt() throws Exception {
        byte[] encrypted = encryptDocx(new DocxExporter().export(SyntheticResume.resume()), "s3cret");

        ResumeImportException error = failure(encrypted, "cv.docx", null);
        assertThat(error.kind()).isEqualTo(Kind.ENCRYPTED);
        assertThat(error.getMessage()).contains("password");
        assertThat(failure(encrypted, "cv.docx", "wrong").getMessage()).contains("not correct");

        ParsedResume opened = parser.parse(encrypted, "cv.docx", "s3cret");
        assertThat(opened.format()).isEqualTo(ResumeFormat.DOCX);
        assertThat(opened.resume().contact().name()).isEqualTo("Maya Lindqvist");
    }

    @Test
    void wrongExtensionIsReadByContentOrExplained() throws Exception {
        byte[] docx = new DocxExporter().export(SyntheticResume.resume());
        ParsedResume docxNamedDoc = parser.parse(docx, "resume.doc");
        assertThat(docxNamedDoc.format()).isEqualTo(ResumeFormat.DOCX);
        assertThat(docxNamedDoc.resume().contact().name()).isEqualTo("Maya Lindqvist");

        ParsedResume pdfNamedDoc = parser.parse(BadInputTest.samplePdf(), "resume.doc");
        assertThat(pdfNamedDoc.format()).isEqualTo(ResumeFormat.PDF);
        assertThat(pdfNamedDoc.resume().contact().name()).isEqualTo("Anna Nowak");

        ParsedResume docNamedPdf = parser.parse(DOC, "resume.pdf");
        assertThat(docNamedPdf.format()).isEqualTo(ResumeFormat.DOC);

        ResumeImportException cutDocx = failure(Arrays.copyOf(docx, docx.length / 2), "resume.doc", null);
        assertThat(cutDocx.kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(cutDocx.getMessage()).contains("Word document").contains("incomplete");
    }

    @Test
    void badDocFilesSaveNothing() throws Exception {
        database = TestDatabases.open(dir);
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        ResumeService service = new ResumeService(new ResumeVersionRepository(database), parser,
                new ResumeSkills(taxonomy, new SkillExtractor(taxonomy)), new EventBus(),
                new MutableClock(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));
        byte[][] bad = {Arrays.copyOf(DOC, DOC.length / 2), encryptDoc(DOC, "s3cret"),
            compoundFile(Map.of("WordDocument", new byte[2000]))};
        for (byte[] file : bad) {
            ResumeImportException error = catchThrowableOfType(ResumeImportException.class,
                    () -> service.importBytes(file, "cv.doc", null, null));
            assertThat(error).isNotNull();
            assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("at org.apache");
        }
        assertThat(service.list()).isEmpty();
        assertThat(new ResumeVersionRepository(database).count()).isZero();

        service.importBytes(DOC, "cv.doc", null, null);
        assertThat(service.list()).hasSize(1);
    }

    private ResumeImportException failure(byte[] bytes, String name, String password) {
        return BadInputTest.failure(parser, bytes, name, password);
    }

    private static byte[] compoundFile(Map<String, byte[]> streams) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, byte[]> stream : streams.entrySet()) {
                fs.createDocument(new ByteArrayInputStream(stream.getValue()), stream.getKey());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** Word's own "Encrypt with password" for a .doc: RC4 CryptoAPI, written by HWPF. */
    private static byte[] encryptDoc(byte[] doc, String password) throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HWPFDocument hwpf = new HWPFDocument(new ByteArrayInputStream(doc));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            hwpf.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** A password-protected .docx: the package encrypted (agile, AES) inside an OLE2 container. */
    private static byte[] encryptDocx(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
