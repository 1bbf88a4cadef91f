package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.Link;
import dev.careeragent.testing.Corpus;

/** RenderCV shows LinkedIn and GitHub as icons whose address is only in the PDF's link annotations. */
class PdfIconLinksTest {

    @Test
    void iconLinksInTheHeaderAreReadAsContactLinks() throws Exception {
        Path file = Corpus.file("resumes/pdf/rendercv__John_Doe_ClassicTheme_CV.pdf");
        var contact = new ResumeParser().parse(Files.readAllBytes(file), "cv.pdf").resume().contact();
        assertThat(contact.links()).extracting(Link::url)
                .contains("https://linkedin.com/in/rendercv", "https://github.com/rendercv")
                .noneMatch(url -> url.contains("doi.org"));
    }
}
