package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.testing.Corpus;

/**
 * Warm parse speed on this machine. Targets: a two-page PDF under 150 ms, at least 10 resumes a second.
 * The assertions leave room for a busy shared CI machine; the printed numbers are the measurement.
 */
class ResumeParseSpeedTest {

    @Test
    void parsesATwoPagePdfQuicklyWhenWarm() throws Exception {
        ResumeParser parser = new ResumeParser();
        byte[] twoPages = Files.readAllBytes(Corpus.file("resumes/pdf/rendercv__John_Doe_ClassicTheme_CV.pdf"));
        List<byte[]> all = Files.list(Corpus.root().resolve("resumes/pdf")).sorted().map(p -> {
            try {
                return Files.readAllBytes(p);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        for (int i = 0; i < 5; i++) {
            parser.parse(twoPages, "cv.pdf");
            for (byte[] pdf : all) {
                parser.parse(pdf, "cv.pdf");
            }
        }
        int runs = 30;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            parser.parse(twoPages, "cv.pdf");
        }
        double perTwoPage = (System.nanoTime() - start) / 1e6 / runs;

        start = System.nanoTime();
        int parsed = 0;
        for (int round = 0; round < 3; round++) {
            for (byte[] pdf : all) {
                parser.parse(pdf, "cv.pdf");
                parsed++;
            }
        }
        double perSecond = parsed / ((System.nanoTime() - start) / 1e9);
        System.out.printf("Two-page PDF (RenderCV): %.1f ms warm; corpus PDFs: %.1f resumes/s%n", perTwoPage, perSecond);

        assertThat(perTwoPage).isLessThan(400);
        assertThat(perSecond).isGreaterThan(4);
    }
}
