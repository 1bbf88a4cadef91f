package dev.careeragent.resume.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.testing.SyntheticResume;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfPageImagesTest {

    @Test
    void rendersThePagesWithTheirTextAtTheAskedResolution() throws IOException {
        byte[] pdf = SyntheticResume.pdf();
        float widthInches;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            widthInches = document.getPage(0).getMediaBox().getWidth() / 72f;
        }

        List<BufferedImage> pages = PdfPageImages.render(pdf, null, 6, 110);

        assertThat(pages).isNotEmpty();
        assertThat(pages.get(0).getWidth()).isCloseTo(Math.round(widthInches * 110), org.assertj.core.data.Offset.offset(2));
        assertThat(darkPixels(pages.get(0))).as("the page's text is drawn").isGreaterThan(500);
    }

    @Test
    void stopsAtTheMaximumNumberOfPages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 4; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
        }

        assertThat(PdfPageImages.render(out.toByteArray(), null, 2, 20)).hasSize(2);
        assertThat(PdfPageImages.render(out.toByteArray(), null, 6, 20)).hasSize(4);
    }

    @Test
    void anEncryptedPdfNeedsThePasswordItWasImportedWith() throws IOException {
        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(SyntheticResume.pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(PdfPageImages.render(pdf, "secret", 6, 40)).isNotEmpty();
        assertThatThrownBy(() -> PdfPageImages.render(pdf, null, 6, 40)).isInstanceOf(IOException.class);
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
