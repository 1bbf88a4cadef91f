package dev.careeragent.resume.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

import dev.careeragent.resume.read.ResumeImportException.Kind;
import dev.careeragent.resume.read.TextLine.Region;

/** Reads a legacy Word 97-2003 .doc into lines with POI HWPF. */
public final class DocReader {

    public DocumentText read(byte[] bytes) throws ResumeImportException {
        PoiLimits.apply();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            List<TextLine> lines = new ArrayList<>();
            boolean tables = false;
            boolean blank = false;
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                String text = TextCleaner.clean(p.text().replace('\u0007', '\t'));
                if (text.isBlank()) {
                    blank = true;
                    continue;
                }
                tables |= p.isInTable();
                int chars = 0;
                int bold = 0;
                int halfPoints = 0;
                for (int r = 0; r < p.numCharacterRuns(); r++) {
                    CharacterRun run = p.getCharacterRun(r);
                    int n = run.text().strip().length();
                    chars += n;
                    bold += run.isBold() ? n : 0;
                    halfPoints = Math.max(halfPoints, n > 0 ? run.getFontSize() : 0);
                }
                String line = p.isInList() ? "• " + text : text;
                boolean heading = p.getLvl() >= 0 && p.getLvl() < 9 && p.getStyleIndex() > 0 && p.getStyleIndex() < 10;
                lines.add(TextLine.plain(line, halfPoints / 2f, chars > 0 && bold * 10 >= chars * 6,
                        p.isInTable() ? Region.TABLE : Region.BODY, blank, heading));
                blank = false;
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
            int pages = doc.getSummaryInformation() == null ? 1 : Math.max(1, doc.getSummaryInformation().getPageCount());
            return new DocumentText(ResumeFormat.DOC, lines, pages, risks);
        } catch (EncryptedDocumentException e) {
            throw new ResumeImportException(Kind.ENCRYPTED, "This Word document is protected with a password. Please"
                    + " save an unprotected copy and import that.", e);
        } catch (IOException | RuntimeException e) {
            throw new ResumeImportException(Kind.CORRUPT, "This Word 97-2003 document is damaged or incomplete and"
                    + " cannot be read. Please open it in Word or LibreOffice, save it as .docx, and import that.", e);
        }
    }
}
