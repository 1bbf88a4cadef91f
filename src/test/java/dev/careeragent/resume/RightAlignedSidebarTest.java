package dev.careeragent.resume;

import static dev.careeragent.resume.MadeUpPdf.pdf;
import static dev.careeragent.resume.MadeUpPdf.rightAligned;
import static dev.careeragent.resume.MadeUpPdf.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;

/**
 * A sidebar set flush right (a Google Docs template): its short pieces stand on rows of their own, so it is a column,
 * not the dates and places an entry layout sets at the right margin beside each title.
 */
class RightAlignedSidebarTest {

    @Test
    void aFlushRightSidebarIsReadAsAColumnOfItsOwn() throws Exception {
        byte[] file = pdf((c, regular, bold) -> {
            text(c, bold, 22, 50, 740, "Priya Raman");
            rightAligned(c, regular, 9, 560, 745, "Leeds, UK");
            rightAligned(c, regular, 9, 560, 733, "priya.raman@example.com");
            String[] left = {"WORK HISTORY", "Harbour Foods, Leeds — Shift Supervisor", "May 2019 - Present",
                "• Ran the tills and the cash-up at the end of each shift",
                "• Planned the weekly rota for nine part-time staff", "", "Corner Cafe, York — Barista",
                "June 2016 - April 2019", "• Served up to three hundred customers a day",
                "• Kept the food hygiene records for inspections", "", "EDUCATION", "York College — Hospitality Diploma",
                "2014 - 2016"};
            String[] side = {"STRENGTHS", "Cash handling", "Stock control", "Food hygiene level 2", "Rota planning",
                "Customer care", "First aid at work", "Allergen training", "Barista skills"};
            for (int i = 0; i < left.length; i++) {
                boolean heading = left[i].equals("WORK HISTORY") || left[i].equals("EDUCATION");
                text(c, heading ? bold : regular, 10, 50, 690 - 16 * i, left[i]);
            }
            for (int i = 0; i < side.length; i++) {
                rightAligned(c, i == 0 ? bold : regular, 9, 560, 682 - 16 * i, side[i]); // between the left rows
            }
        });
        Resume resume = new ResumeParser().parse(file, "sidebar.pdf").resume();

        assertThat(resume.experience()).extracting(ExperienceEntry::title).containsExactly("Shift Supervisor", "Barista");
        assertThat(resume.experience()).extracting(ExperienceEntry::company).containsExactly("Harbour Foods", "Corner Cafe");
        assertThat(resume.experience().get(0).bullets()).hasSize(2).allSatisfy(b -> assertThat(b).doesNotContain("Stock"));
    }
}
