package dev.careeragent.resume.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;

/** A Markdown resume's heading levels are its structure: "###" job headers stay inside their "##" section. */
class MarkdownHeadingLevelsTest {

    private static final String RESUME = """
            # Jordan Blake

            jordan.blake@example.com

            ## Work Experience

            ### Delivery Driver - Northwind Logistics

            Madison, WI - 03/2022 - Present

            - Delivered 120 parcels a day on a fixed route

            ### Warehouse Associate - Contoso Foods

            Verona, WI - 01/2019 - 02/2022

            - Picked and packed orders

            ## Education

            ### Madison College

            Commercial Driver's License, 2019
            """;

    @Test
    void jobHeadersOneLevelBelowTheSectionAreJobs() throws Exception {
        Resume resume = new ResumeParser().parse(RESUME.getBytes(StandardCharsets.UTF_8), "resume.md").resume();

        assertThat(resume.experience()).extracting(ExperienceEntry::title, ExperienceEntry::company)
                .containsExactly(tuple("Delivery Driver", "Northwind Logistics"),
                        tuple("Warehouse Associate", "Contoso Foods"));
        assertThat(resume.experience().get(0).current()).isTrue();
    }

    @Test
    void eachDeeperHeadingLevelReadsSmaller() throws Exception {
        DocumentText text = new PlainTextReader().read("# Name\n## Section\n### Entry\nbody", ResumeFormat.MARKDOWN);

        for (int i = 1; i < text.lines().size(); i++) {
            assertThat(text.lines().get(i).fontSize()).isLessThan(text.lines().get(i - 1).fontSize());
        }
    }
}
