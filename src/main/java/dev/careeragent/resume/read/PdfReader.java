package dev.careeragent.resume.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import dev.careeragent.core.guard.ReadBudget;
import dev.careeragent.resume.read.ResumeImportException.Kind;

/** Reads a PDF into layout-aware lines with PDFBox. */
public final class PdfReader {

    /** More pages than any resume has; a file claiming more (a lying /Count too) is refused before reading. */
    static final int MAX_PAGES = 100;

    public DocumentText read(byte[] bytes, String password) throws ResumeImportException {
        boolean complete = endsWithEof(bytes);
        try (PDDocument document = Loader.loadPDF(bytes, password == null ? "" : password)) {
            if (!PdfPageTree.isSane(document)) {
                throw new ResumeImportException(Kind.TOO_COMPLEX, "The pages of this PDF are nested thousands of levels"
                        + " deep, which no real document needs, so it was not read. Please export the PDF again.");
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw broken(complete, null);
            }
            if (pages > MAX_PAGES) {
                throw new ResumeImportException(Kind.TOO_COMPLEX, "This PDF says it has " + pages + " pages; a resume"
                        + " has a few, so it was not read. Please import the resume itself (up to " + MAX_PAGES
                        + " pages).");
            }
            float[][] sizes = new float[pages][];
            boolean images = false;
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getCropBox();
                boolean rotated = page.getRotation() % 180 != 0;
                sizes[i] = rotated ? new float[] {box.getHeight(), box.getWidth()}
                        : new float[] {box.getWidth(), box.getHeight()};
                images |= hasImages(page.getResources());
            }
            List<PdfWord> words = new PdfWordCollector().collect(document);
            if (words.stream().mapToInt(PdfWord::length).sum() < 20) {
                if (images) {
                    throw new ResumeImportException(Kind.NO_TEXT_LAYER, "This PDF contains only pictures of"
                            + " pages (it was probably scanned), so there is no text to read. Please import the"
                            + " original document, or a PDF exported from Word or Google Docs.");
                }
                throw complete ? new ResumeImportException(Kind.EMPTY, "This PDF has no text in it.")
                        : broken(false, null);
            }
            PdfLayout.Result layout = new PdfLayout().layout(words, sizes);
            List<ParseRisk> risks = new ArrayList<>();
            if (layout.multiColumn()) {
                risks.add(new ParseRisk(ParseRisk.Kind.MULTI_COLUMN, "The page is laid out in columns; many "
                        + "applicant tracking systems read columns in the wrong order."));
            }
            if (images) {
                risks.add(new ParseRisk(ParseRisk.Kind.IMAGES, "The PDF contains images; text inside images "
                        + "cannot be read by applicant tracking systems."));
            }
            if (!complete) {
                risks.add(new ParseRisk(ParseRisk.Kind.INCOMPLETE_FILE, "The PDF seems cut off at the end; "
                        + "some text may be missing."));
            }
            List<TextLine> lines = new ArrayList<>();
            java.util.Set<String> links = PdfLinks.of(document);
            if (!links.isEmpty()) {
                // icon links carry their address only in the annotation: given as a header line, read with the contacts
                lines.add(TextLine.plain(String.join(" | ", links), 8f, false, TextLine.Region.HEADER, false, false));
            }
            lines.addAll(layout.lines());
            return new DocumentText(ResumeFormat.PDF, lines, pages, risks);
        } catch (InvalidPasswordException e) {
            throw new ResumeImportException(Kind.ENCRYPTED, password == null || password.isEmpty()
                    ? "This PDF is protected with a password. Enter the password to import it, or save an"
                    + " unprotected copy." : "The password for this PDF is not correct. Please try again.", e);
        } catch (ReadBudget.BudgetExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw broken(complete, e);
        }
    }

    private static ResumeImportException broken(boolean complete, Exception cause) {
        return complete
                ? new ResumeImportException(Kind.CORRUPT, "This PDF is damaged and cannot be read. Please export"
                + " it again from the program that made it.", cause)
                : new ResumeImportException(Kind.TRUNCATED, "This PDF is incomplete (the file is cut off, maybe"
                + " an interrupted download or copy). Please get a complete copy of the file.", cause);
    }

    private static boolean hasImages(PDResources resources) {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
