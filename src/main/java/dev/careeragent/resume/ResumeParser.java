package dev.careeragent.resume;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.careeragent.core.guard.Watchdog;
import dev.careeragent.resume.jsonresume.JsonResumeMapper;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.parse.ResumeTextParser;
import dev.careeragent.resume.read.DocReader;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.DocxReader;
import dev.careeragent.resume.read.FormatDetector;
import dev.careeragent.resume.read.ParseRisk;
import dev.careeragent.resume.read.PdfReader;
import dev.careeragent.resume.read.PlainTextReader;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.read.ResumeImportException.Kind;

/**
 * Reads a resume file (PDF, DOCX, DOC, TXT, Markdown, JSON Resume) into a structured {@link Resume}.
 * The format comes from the file's bytes, so a wrong extension does not matter. Thread-safe.
 */
public final class ResumeParser {

    /** Files above this size are refused before they are read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ResumeParser.class);

    private final FormatDetector detector = new FormatDetector();
    private final PdfReader pdf = new PdfReader();
    private final DocxReader docx = new DocxReader();
    private final DocReader doc = new DocReader();
    private final PlainTextReader text = new PlainTextReader();
    private final ResumeTextParser parser = new ResumeTextParser();
    private final JsonResumeMapper jsonResume = new JsonResumeMapper();
    private final Watchdog watchdog;

    public ResumeParser() {
        this(Duration.ofSeconds(4));
    }

    /** A parser giving each document at most {@code budget}; a file that needs longer is refused with a message. */
    public ResumeParser(Duration budget) {
        this.watchdog = new Watchdog(budget);
    }

    public ParsedResume parse(byte[] bytes, String fileName) throws ResumeImportException {
        return parse(bytes, fileName, null);
    }

    /** As {@link #parse(byte[], String)}, with the password of an encrypted PDF or Word file. */
    public ParsedResume parse(byte[] bytes, String fileName, String password) throws ResumeImportException {
        if (bytes == null || bytes.length == 0) {
            throw new ResumeImportException(Kind.EMPTY, "The file is empty. Please choose the file that holds your resume.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ResumeImportException(Kind.TOO_LARGE, String.format("The file is %.1f MB; resumes up to 20 MB can be"
                    + " imported. Please save a smaller copy (for example without large pictures).",
                    bytes.length / 1024.0 / 1024.0));
        }
        ResumeFormat format = detector.detect(bytes, fileName);
        long started = System.nanoTime();
        ParsedResume result;
        try {
            result = watchdog.run(() -> switch (format) {
                case PDF -> fromText(pdf.read(bytes, password));
                case DOCX -> fromText(docx.read(bytes));
                case DOC -> fromText(doc.read(bytes, password));
                case TEXT, MARKDOWN -> fromText(text.read(decode(bytes), format));
                case JSON_RESUME -> fromJsonResume(bytes);
            });
        } catch (Watchdog.Failure failure) {
            throw ReaderFailures.explain(failure, fileName, watchdog.budget());
        }
        LOG.debug("Parsed a {} resume in {} ms", format, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private ParsedResume fromText(DocumentText document) throws ResumeImportException {
        if (document.lines().size() > DocumentText.MAX_LINES) {
            throw DocumentText.tooManyLines(document.lines().size());
        }
        if (document.lines().stream().allMatch(l -> l.text().isBlank())) {
            if (document.risks().stream().anyMatch(r -> r.kind() == ParseRisk.Kind.IMAGES)) {
                throw new ResumeImportException(Kind.NO_TEXT_LAYER, "This document holds only pictures (a scanned or"
                        + " pasted-in page), so there is no text to read. Please import the file the resume was typed"
                        + " in, or a PDF exported from Word or Google Docs.");
            }
            throw new ResumeImportException(Kind.EMPTY, "The document has no text in it. Please check that you chose"
                    + " the right file.");
        }
        Resume resume = parser.parse(document);
        return new ParsedResume(resume, document.format(), document.risks(), document.pageCount());
    }

    private ParsedResume fromJsonResume(byte[] bytes) throws ResumeImportException {
        try {
            return new ParsedResume(jsonResume.fromJson(decode(bytes)), ResumeFormat.JSON_RESUME, java.util.List.of(), 1);
        } catch (JsonProcessingException e) {
            if (JsonResumeMapper.isShapeProblem(e)) {
                throw new ResumeImportException(Kind.CORRUPT, "This JSON Resume file cannot be imported: "
                        + e.getOriginalMessage() + ". Please check it against jsonresume.org/schema.", e);
            }
            throw new ResumeImportException(Kind.CORRUPT, "This JSON Resume file is not valid JSON (" 
                    + e.getOriginalMessage() + "). Please fix or export it again.", e);
        }
    }

    private static String decode(byte[] bytes) throws ResumeImportException {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (decoded.isBlank()) {
            throw new ResumeImportException(Kind.EMPTY, "The file has no text in it. Please check that you chose the"
                    + " right file.");
        }
        return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    }
}
