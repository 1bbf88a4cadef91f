package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.Contact;

/**
 * A Word template that sets small icons between the contact details on one line, with no space beside them
 * ("name@mail.com[pin]Lyon"): the icon separates them, so the e-mail ends where the icon stands.
 */
class WordInlineIconTest {

    @Test
    void anIconBetweenRunsSeparatesTheContactDetails() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph contacts = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            contacts.createRun().setText("Lucas Ferreira");
            contacts.createRun().addBreak();
            contacts.createRun().setText("+351 912 345 678 lucas.ferreira@example.pt");
            contacts.createRun().addPicture(new ByteArrayInputStream(icon()), Document.PICTURE_TYPE_PNG, "pin.png",
                    Units.toEMU(8), Units.toEMU(8));
            contacts.createRun().setText("Braga, Portugal");
            doc.createParagraph().createRun().setText("EXPERIENCE");
            doc.createParagraph().createRun().setText("Warehouse Supervisor, Norte Logística, 2019 – 2023");
            doc.write(out);
            docx = out.toByteArray();
        }

        Contact contact = new ResumeParser().parse(docx, "cv.docx").resume().contact();

        assertThat(contact.email()).isEqualTo("lucas.ferreira@example.pt");
    }

    private static byte[] icon() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }
}
