package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import dev.careeragent.resume.export.PdfExporter;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ParseRisk;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.read.ResumeImportException.Kind;
import dev.careeragent.testing.Corpus;

/** Every kind of bad file gives its own kind and a message a person can act on. */
class BadInputTest {

    private final ResumeParser parser = new ResumeParser();

    @Test
    void encryptedPdfAsksForThePasswordAndOpensWithIt() throws Exception {
        byte[] encrypted = encrypt(samplePdf(), "s3cret");

        ResumeImportException error = failure(encrypted, "cv.pdf", null);
        assertThat(error.kind()).isEqualTo(Kind.ENCRYPTED);
        assertThat(error.getMessage()).contains("password");
        assertThat(failure(encrypted, "cv.pdf", "wrong").getMessage()).contains("not correct");

        ParsedResume opened = parser.parse(encrypted, "cv.pdf", "s3cret");
        assertThat(opened.resume().contact().email()).isEqualTo("anna.nowak@example.com");
    }

    @Test
    void scannedPdfSaysThereIsNoText() throws Exception {
        ResumeImportException error = failure(imageOnlyPdf(), "scan.pdf", null);
        assertThat(error.kind()).isEqualTo(Kind.NO_TEXT_LAYER);
        assertThat(error.getMessage()).contains("scanned");
    }

    @Test
    void aWordFileOfOnlyAPictureSaysItHoldsPicturesNotThatItIsEmpty() throws Exception {
        ResumeImportException error = failure(pictureOnlyDocx(), "resume.docx", null);
        assertThat(error.kind()).isEqualTo(Kind.NO_TEXT_LAYER);
        assertThat(error.getMessage()).contains("only pictures");
    }

    @Test
    void truncatedPdfIsReportedAsIncomplete() throws Exception {
        byte[] pdf = Files.readAllBytes(Corpus.file("resumes/pdf/soupboss__01-Accountant.pdf"));
        ResumeImportException error = failure(Arrays.copyOf(pdf, 1500), "cv.pdf", null);
        assertThat(error.kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(error.getMessage()).contains("incomplete");
    }

    @Test
    void truncatedDocxIsReportedAsIncomplete() throws Exception {
        byte[] docx = Files.readAllBytes(Corpus.file("resumes/docx/soupboss__01-Accountant.docx"));
        ResumeImportException error = failure(Arrays.copyOf(docx, docx.length / 2), "cv.docx", null);
        assertThat(error.kind()).isEqualTo(Kind.TRUNCATED);
        assertThat(error.getMessage()).contains("Word document").contains("incomplete");
    }

    @Test
    void garbageWithPdfHeaderIsCorrupt() {
        byte[] bytes = ("%PDF-1.7\n" + "x".repeat(3000) + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        ResumeImportException error = failure(bytes, "cv.pdf", null);
        assertThat(error.kind()).isIn(Kind.CORRUPT, Kind.EMPTY);
        assertThat(error.getMessage()).doesNotContain("Exception");
    }

    @Test
    void emptyFilesAreRefused() {
        assertThat(failure(new byte[0], "cv.pdf", null).kind()).isEqualTo(Kind.EMPTY);
        assertThat(failure("  \n\n ".getBytes(StandardCharsets.UTF_8), "cv.txt", null).kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void wrongExtensionStillWorksOrIsExplained() throws Exception {
        ParsedResume pdfNamedDocx = parser.parse(samplePdf(), "resume.docx");
        assertThat(pdfNamedDocx.format()).isEqualTo(ResumeFormat.PDF);
        assertThat(pdfNamedDocx.resume().contact().name()).isEqualTo("Anna Nowak");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        ResumeImportException error = failure(png, "resume.pdf", null);
        assertThat(error.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
        assertThat(error.getMessage()).contains("picture").contains("PDF");
    }

    @Test
    void filesOverTwentyMegabytesAreRefusedBeforeReading() {
        ResumeImportException error = failure(new byte[20 * 1024 * 1024 + 1], "big.pdf", null);
        assertThat(error.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(error.getMessage()).contains("20 MB");
    }

    @Test
    void zipBombIsStopped() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(
                    StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                out.write(spaces);
            }
        }
        ResumeImportException error = failure(zip.toByteArray(), "bomb.docx", null);
        assertThat(error.kind()).isEqualTo(Kind.ZIP_BOMB);
        assertThat(error.getMessage()).contains("zip bomb");
    }

    @Test
    void textInWordHeadersAndTablesIsReportedAsRisk() throws Exception {
        byte[] docx = Files.readAllBytes(Corpus.file("resumes/docx/soupboss__01-Accountant.docx"));
        ParsedResume parsed = parser.parse(docx, "cv.docx");
        assertThat(parsed.risks()).extracting(ParseRisk::kind).doesNotContain(ParseRisk.Kind.NO_TEXT_LAYER);
        assertThat(parsed.pageCount()).isPositive();
    }

    private ResumeImportException failure(byte[] bytes, String name, String password) {
        return failure(parser, bytes, name, password);
    }

    /** The import error {@code parser} gives for these bytes; fails when there is none or it shows a stack trace. */
    static ResumeImportException failure(ResumeParser parser, byte[] bytes, String name, String password) {
        ResumeImportException error = catchThrowableOfType(ResumeImportException.class,
                () -> parser.parse(bytes, name, password));
        assertThat(error).as("an import error for " + name).isNotNull();
        assertThat(error.getMessage()).isNotBlank().doesNotContain("at dev.careeragent");
        return error;
    }

    static byte[] samplePdf() {
        Resume resume = ExportRoundTripTest.sampleResume("Anna Nowak");
        return new PdfExporter().export(resume);
    }

    private static byte[] encrypt(byte[] pdf, String password) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pictureOnlyDocx() throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(page, "png", png);
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "page.png",
                    org.apache.poi.util.Units.toEMU(300), org.apache.poi.util.Units.toEMU(400));
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            int w = 60;
            int h = 80;
            byte[] pixels = new byte[w * h];
            Arrays.fill(pixels, (byte) 200);
            PDImageXObject image = new PDImageXObject(new PDStream(doc, new ByteArrayInputStream(pixels)), null);
            image.setWidth(w);
            image.setHeight(h);
            image.setBitsPerComponent(8);
            image.setColorSpace(PDDeviceGray.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 50, 500, 700);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
