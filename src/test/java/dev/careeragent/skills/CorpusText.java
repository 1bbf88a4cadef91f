package dev.careeragent.skills;

import dev.careeragent.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

/** Plain text of corpus files, extracted the way the app's importers do (PDFBox, POI, jsoup). */
final class CorpusText {

    private CorpusText() {
    }

    static String of(String relative) {
        Path file = Corpus.file(relative);
        try {
            String name = file.getFileName().toString();
            if (name.endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    return new PDFTextStripper().getText(doc);
                }
            }
            if (name.endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                     XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                    return extractor.getText();
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job description of a saved job page, as text with its line breaks. */
    static String htmlDescription(String relative, String cssQuery) {
        var doc = Jsoup.parse(of(relative));
        var element = doc.selectFirst(cssQuery);
        var target = element == null ? doc.body() : element;
        target.select("br").append("\\n");
        target.select("p, li, h1, h2, h3, h4, div, ul").prepend("\\n");
        return target.text().replace("\\n", "\n");
    }
}
