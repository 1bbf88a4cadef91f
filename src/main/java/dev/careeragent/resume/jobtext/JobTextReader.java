package dev.careeragent.resume.jobtext;

import dev.careeragent.jobs.normalize.HtmlSanitizer;
import dev.careeragent.resume.read.DocReader;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.DocxReader;
import dev.careeragent.resume.read.FormatDetector;
import dev.careeragent.resume.read.PdfReader;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.read.ResumeImportException.Kind;
import dev.careeragent.resume.read.TextLine;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plain text of a saved job description: PDF, Word, HTML or text, for the ATS check. */
public final class JobTextReader {

    public String read(byte[] bytes, String fileName) throws ResumeImportException {
        if (bytes == null || bytes.length == 0) {
            throw new ResumeImportException(Kind.EMPTY, "The job description file is empty.");
        }
        String text = switch (new FormatDetector().detect(bytes, fileName)) {
            case PDF -> lines(new PdfReader().read(bytes, null));
            case DOCX -> lines(new DocxReader().read(bytes));
            case DOC -> lines(new DocReader().read(bytes));
            case TEXT, MARKDOWN, JSON_RESUME -> decode(bytes);
        };
        if (text.isBlank()) {
            throw new ResumeImportException(Kind.EMPTY, "The job description has no text in it.");
        }
        return text;
    }

    private static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        boolean html = head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
        return html ? new HtmlSanitizer().toPlainText(text) : text;
    }

    private static String lines(DocumentText document) {
        return document.lines().stream().map(TextLine::text).map(t -> t.replace('\t', ' '))
                .collect(Collectors.joining("\n"));
    }
}
