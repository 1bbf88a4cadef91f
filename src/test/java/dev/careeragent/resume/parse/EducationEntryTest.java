package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.model.EducationEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EducationEntryTest {

    private static List<EducationEntry> education(String... lines) throws Exception {
        String text = "Jane Doe\njane.doe@example.com | +1 415 555 0100\n\nEducation\n" + String.join("\n", lines) + "\n";
        return new ResumeParser().parse(text.getBytes(StandardCharsets.UTF_8), "cv.txt").resume().education();
    }

    @Test
    void anAbbreviatedDegreeIsSplitFromItsField() throws Exception {
        assertThat(education("Stanford University", "M.S. Computer Science, 2016 - 2018")).singleElement()
                .satisfies(e -> {
                    assertThat(e.school()).isEqualTo("Stanford University");
                    assertThat(e.degree()).isEqualTo("M.S.");
                    assertThat(e.field()).isEqualTo("Computer Science");
                });
    }

    @Test
    void aCampusAfterTheSchoolNameStaysPartOfIt() throws Exception {
        assertThat(education("University of California, Berkeley", "B.S. in Computer Science, 2014 - 2018"))
                .singleElement().satisfies(e -> {
                    assertThat(e.school()).isEqualTo("University of California, Berkeley");
                    assertThat(e.degree()).isEqualTo("B.S.");
                    assertThat(e.field()).isEqualTo("Computer Science");
                });
    }

    @Test
    void aFieldOnTheSchoolLineIsStillTheFieldWhenTheDegreeNamesNone() throws Exception {
        assertThat(education("Stanford University, Computer Science", "MBA, 2016 - 2018")).singleElement()
                .satisfies(e -> {
                    assertThat(e.school()).isEqualTo("Stanford University");
                    assertThat(e.field()).isEqualTo("Computer Science");
                });
    }
}
