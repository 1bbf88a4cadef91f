package dev.careeragent.resume.jobtext;

import dev.careeragent.core.guard.BoundedFiles;
import dev.careeragent.core.guard.Watchdog;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.HtmlSanitizer;
import dev.careeragent.jobs.normalize.JobPageContent;
import dev.careeragent.resume.read.ResumeImportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a job description file into a {@link JobPosting}: a saved web page through {@link JobPageContent} (the
 * same choice the any-page import makes) and {@link HtmlSanitizer}'s text, any other file (PDF, DOCX, DOC, text) through {@link JobTextReader}, the one file-to-text path of the app (the CLI,
 * the ATS check and the tests use it).
 */
public final class JobFileReader {

    private static final Pattern LABEL = Pattern.compile("(?i)^(job description|job title|position|role|title)\\s*[:\\-–]\\s*");
    private static final Pattern SENTENCE_START = Pattern.compile("(?i)(we|our|at|join|you|are you|this|the)\\s");
    private static final Pattern LOOKING_FOR = Pattern.compile(
            "(?i)(?:looking for|seeking|hiring)\\s+(?:an?|our)\\s+(?:talented\\s+|skilled\\s+|experienced\\s+)?([A-Z][\\w/&+#.\\- ]{2,60}?)\\s+(?:to|who|with|at|in)\\b");
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Watchdog WATCHDOG = new Watchdog(Duration.ofSeconds(4));
    private static final Logger LOG = LoggerFactory.getLogger(JobFileReader.class);
    private static final HtmlSanitizer TEXT = new HtmlSanitizer();
    private static final String TITLE_SELECTORS = "h1, .topcard__title, .top-card-layout__title, [class*=JobInfoHeader-title]";

    private final JobTextReader texts = new JobTextReader();

    public JobPosting read(Path file) {
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_BYTES);
        } catch (BoundedFiles.RefusedFile e) {
            throw new IllegalArgumentException("The job file: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("The job file " + file + " cannot be read (" + e.getMessage() + ").");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("The job file " + file + " is empty.");
        }
        String name = file.getFileName().toString();
        try {
            return WATCHDOG.run(() -> read(bytes, name));
        } catch (Watchdog.Failure failure) {
            Throwable cause = failure.getCause();
            if (failure.reason() != Watchdog.Reason.ERROR || !(cause instanceof ResumeImportException
                    || cause instanceof RuntimeException)) {
                LOG.warn("Reading the job file {} stopped: {}", file, failure.reason(), cause);
            }
            String why = failure.reason() == Watchdog.Reason.ERROR && cause != null ? cause.getMessage()
                    : "it is too complex to read in " + WATCHDOG.budget().toSeconds() + " seconds";
            throw new IllegalArgumentException("The job file " + file + " could not be read as text, PDF, DOCX or a web"
                    + " page (" + why + "). Save the job description as a .txt file and try again.", cause);
        }
    }

    private JobPosting read(byte[] bytes, String name) throws ResumeImportException {
        String lower = name.toLowerCase(Locale.ROOT);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!startsWith(bytes, "%PDF") && (lower.endsWith(".html") || lower.endsWith(".htm")
                || text.stripLeading().startsWith("<"))) {
            return fromHtml(text, name);
        }
        return fromText(texts.read(bytes, name), name);
    }

    static JobPosting fromText(String text, String fileName) {
        String clean = text.replace("\r", "").strip();
        return JobPosting.builder().source("file").sourceId(fileName).title(titleOf(clean, fileName))
                .descriptionText(clean).build();
    }

    private static JobPosting fromHtml(String html, String fileName) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(128));
        doc.select("script, style, noscript, nav, header, footer, svg, form").remove();
        Element h1 = doc.selectFirst(TITLE_SELECTORS);
        String title = h1 != null && !h1.text().isBlank() ? h1.text()
                : doc.selectFirst("meta[property=og:title]") != null ? doc.selectFirst("meta[property=og:title]").attr("content")
                : doc.title();
        Element content = JobPageContent.of(doc);
        String text = content == null ? "" : TEXT.toPlainText(content);
        return JobPosting.builder().source("file").sourceId(fileName)
                .title(title == null || title.isBlank() ? titleOf(text, fileName) : title.strip())
                .descriptionText(text).build();
    }

    /** The first line when it reads like a title, else "looking for a X to", else the file name. */
    static String titleOf(String text, String fileName) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        first = LABEL.matcher(first).replaceFirst("");
        if (!first.isEmpty() && first.length() <= 80 && first.split("\\s+").length <= 10 && !first.matches(".*[.!?]$")
                && !SENTENCE_START.matcher(first).lookingAt()) {
            return first;
        }
        Matcher m = LOOKING_FOR.matcher(text.length() > 2000 ? text.substring(0, 2000) : text);
        if (m.find()) {
            return m.group(1).strip();
        }
        return fileName.replaceFirst("\\.[^.]+$", "").replace('_', ' ');
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
