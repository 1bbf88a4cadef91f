package dev.careeragent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.model.FileInformationBlock;
import org.apache.poi.hwpf.usermodel.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated .doc files are real Word 97 documents to POI's own reader, not just to ours. */
class LegacyWordFileTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Plain ASCII text\rSecond paragraph\r",
        "Zoë Müller, Köln\r© 2024 – Łódź, naïve café\r\r日本語 paragraph\r"})
    void hwpfReadsBackTheExactTextAndParagraphs(String text) throws Exception {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(LegacyWordFile.of(text)))) {
            Range range = doc.getRange();
            assertThat(range.text()).isEqualTo(text);
            String[] paragraphs = text.split("\r");
            assertThat(range.numParagraphs()).isEqualTo(paragraphs.length);
            for (int i = 0; i < paragraphs.length; i++) {
                assertThat(range.getParagraph(i).text()).isEqualTo(paragraphs[i] + "\r");
                assertThat(range.getParagraph(i).getStyleIndex()).isZero();
            }

            FileInformationBlock fib = doc.getFileInformationBlock();
            assertThat(fib.getFibBase().getNFib()).isEqualTo(0x00C1);
            assertThat(fib.getFibBase().isFWhichTblStm()).isTrue();
            assertThat(fib.getFibBase().isFEncrypted()).isFalse();
            assertThat(doc.getStyleSheet().getStyleDescription(0).getName()).isEqualTo("Normal");
            assertThat(doc.getFontTable().getMainFont(0)).isEqualTo("Times New Roman");
            assertThat(doc.getSectionTable().getSections()).hasSize(1);
            assertThat(range.getParagraph(0).getCharacterRun(0).getFontSize()).isEqualTo(20); // default 10 pt
        }
    }

    @Test
    void paragraphFormattingBecomesCharacterRuns() throws Exception {
        byte[] file = LegacyWordFile.formatted(List.of(new LegacyWordFile.Paragraph("Heading", true, 14),
                LegacyWordFile.Paragraph.plain("Body one"), LegacyWordFile.Paragraph.plain("Body two"),
                new LegacyWordFile.Paragraph("Small print", false, 8)));
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(file))) {
            Range range = doc.getRange();
            assertThat(range.numParagraphs()).isEqualTo(4);
            assertThat(range.getParagraph(0).getCharacterRun(0).isBold()).isTrue();
            assertThat(range.getParagraph(0).getCharacterRun(0).getFontSize()).isEqualTo(28);
            assertThat(range.getParagraph(1).getCharacterRun(0).isBold()).isFalse();
            assertThat(range.getParagraph(2).getCharacterRun(0).getFontSize()).isEqualTo(20);
            assertThat(range.getParagraph(3).getCharacterRun(0).getFontSize()).isEqualTo(16);
            assertThat(range.getParagraph(3).getCharacterRun(0).text()).isEqualTo("Small print\r");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void wordExtractorSeesTheParagraphs(boolean unicode) throws Exception {
        List<String> paragraphs = List.of("Jane Example", unicode ? "Zürich – Genève" : "Zurich", "Skills: Java, SQL");
        try (WordExtractor extractor = new WordExtractor(new ByteArrayInputStream(LegacyWordFile.of(paragraphs)))) {
            assertThat(extractor.getParagraphText()).containsExactly("Jane Example\r\n", paragraphs.get(1) + "\r\n",
                    "Skills: Java, SQL\r\n");
            assertThat(extractor.getText().strip()).isEqualTo(String.join("\n", paragraphs));
        }
    }
}
