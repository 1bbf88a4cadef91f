package dev.careeragent.resume.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import dev.careeragent.core.guard.ReadBudget;
import dev.careeragent.resume.read.ResumeImportException.Kind;
import dev.careeragent.resume.read.TextLine.Region;

/**
 * Reads Word files kept in an OLE2 compound file: a legacy Word 97-2003 .doc (with POI HWPF, also when it
 * is password-protected) and a password-protected .docx, which Word wraps in the same container.
 */
public final class DocReader {

    private static final String WORD_DOCUMENT = "WordDocument";
    private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";

    private final DocxReader docx = new DocxReader();

    public DocumentText read(byte[] bytes) throws ResumeImportException {
        return read(bytes, null);
    }

    /** As {@link #read(byte[])}, with the password of a protected file (null when none was given). */
    public DocumentText read(byte[] bytes, String password) throws ResumeImportException {
        PoiLimits.apply();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(ENCRYPTED_PACKAGE)) {
                return docx.read(decryptPackage(fs, password));
            }
            if (!root.hasEntry(WORD_DOCUMENT)) {
                throw FormatDetector.unsupported("This is a Microsoft Office file, but not a Word document (it may"
                        + " be an Excel, PowerPoint or Outlook file).");
            }
            return readWord(root, password, CompoundFileCheck.isCutOff(bytes));
        } catch (EncryptedDocumentException e) {
            throw encrypted(password, e);
        } catch (ReadBudget.BudgetExceededException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (CompoundFileCheck.isCutOff(bytes)) {
                throw new ResumeImportException(Kind.TRUNCATED, "This Word document is incomplete (the file is cut"
                        + " off, maybe an interrupted download or copy). Please get a complete copy of the file.", e);
            }
            throw new ResumeImportException(Kind.CORRUPT, "This Word 97-2003 document is damaged and cannot be"
                    + " read. Please open it in Word or LibreOffice, save it as .docx, and import that.", e);
        }
    }

    private static DocumentText readWord(DirectoryNode root, String password, boolean cutOff) throws IOException {
        // HWPF takes the password from a thread-local; it must not outlive this read.
        Biff8EncryptionKey.setCurrentUserPassword(password == null || password.isEmpty() ? null : password);
        try (HWPFDocument doc = new HWPFDocument(root)) {
            Range range = doc.getRange();
            List<TextLine> lines = new ArrayList<>();
            boolean tables = false;
            boolean blank = false;
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                String text = visibleText(p.text()).replace('\u0007', '\t');
                if (TextCleaner.clean(text).isBlank()) {
                    blank = true;
                    continue;
                }
                tables |= p.isInTable();
                int chars = 0;
                int bold = 0;
                int halfPoints = 0;
                for (int r = 0; r < p.numCharacterRuns(); r++) {
                    CharacterRun run = p.getCharacterRun(r);
                    int n = visibleText(run.text()).strip().length();
                    chars += n;
                    bold += run.isBold() ? n : 0;
                    halfPoints = Math.max(halfPoints, n > 0 ? run.getFontSize() : 0);
                }
                boolean heading = p.getLvl() >= 0 && p.getLvl() < 9 && p.getStyleIndex() > 0 && p.getStyleIndex() < 10;
                boolean strong = chars > 0 && bold * 10 >= chars * 6;
                Region region = p.isInTable() ? Region.TABLE : Region.BODY;
                // A manual line break (Shift+Enter, stored as U+000B) starts a new visual line, as in DocxReader.
                String bullet = p.isInList() ? "• " : "";
                for (String part : text.split("\u000B")) {
                    String line = TextCleaner.clean(part);
                    if (!line.isEmpty()) {
                        lines.add(TextLine.plain(bullet + line, halfPoints / 2f, strong, region, blank, heading));
                        blank = false;
                        bullet = "";
                    }
                }
            }
            List<ParseRisk> risks = new ArrayList<>();
            if (tables) {
                risks.add(new ParseRisk(ParseRisk.Kind.TABLES, "The document uses tables; applicant tracking "
                        + "systems often read table cells in the wrong order or skip them."));
            }
            if (!doc.getPicturesTable().getAllPictures().isEmpty()) {
                risks.add(new ParseRisk(ParseRisk.Kind.IMAGES, "The document contains images; text inside images "
                        + "cannot be read by applicant tracking systems."));
            }
            if (cutOff) {
                risks.add(new ParseRisk(ParseRisk.Kind.INCOMPLETE_FILE, "The Word document seems cut off at the end;"
                        + " some text may be missing."));
            }
            int pages = doc.getSummaryInformation() == null ? 1 : Math.max(1, doc.getSummaryInformation().getPageCount());
            return new DocumentText(ResumeFormat.DOC, lines, pages, risks);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * The text a reader sees: a field is stored as U+0013 code U+0014 result U+0015 (a hyperlink's code is
     * {@code HYPERLINK "mailto:..."}), so only results are kept, also of nested fields and of several in a line.
     */
    static String visibleText(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int depth = 0;
        int hiddenFrom = Integer.MAX_VALUE; // the depth of the outermost field whose code is being read
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0013') {
                depth++;
                hiddenFrom = Math.min(hiddenFrom, depth);
            } else if (c == '\u0014' && depth > 0) {
                hiddenFrom = hiddenFrom == depth ? Integer.MAX_VALUE : hiddenFrom;
            } else if (c == '\u0015' && depth > 0) {
                hiddenFrom = hiddenFrom == depth ? Integer.MAX_VALUE : hiddenFrom;
                depth--;
            } else if (depth < hiddenFrom) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] decryptPackage(POIFSFileSystem fs, String password)
            throws IOException, GeneralSecurityException, ResumeImportException {
        Decryptor decryptor = new EncryptionInfo(fs).getDecryptor();
        if (!decryptor.verifyPassword(password == null || password.isEmpty() ? Decryptor.DEFAULT_PASSWORD : password)) {
            throw encrypted(password, null);
        }
        try (InputStream in = decryptor.getDataStream(fs)) {
            if (decryptor.getLength() > PoiLimits.MAX_ENTRY_BYTES) {
                throw PoiLimits.zipBomb(null);
            }
            return in.readAllBytes();
        }
    }

    private static ResumeImportException encrypted(String password, Throwable cause) {
        return new ResumeImportException(Kind.ENCRYPTED, password == null || password.isEmpty()
                ? "This Word document is protected with a password. Enter the password to import it, or save an"
                + " unprotected copy." : "The password for this Word document is not correct. Please try again.", cause);
    }
}
