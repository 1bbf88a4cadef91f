package dev.careeragent.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.TextLine;

/** A job header that wrapped because its last word did not fit the column reads as one header. */
class WrappedHeaderTest {

    @Test
    void theWordThatDidNotFitIsPartOfTheHeaderAbove() {
        assertOneSalesJob(experience(line("Moxie Pest Control, Norcross, Georgia — Sales", 300, 11),
                line("Representative", 126, 11)));
    }

    @Test
    void aShortLineAfterAHeaderThatHadRoomLeftIsALineOfItsOwn() {
        assertOneSalesJob(experience(line("Sales Representative", 150, 11), line("Moxie Pest Control", 140, 11)));
    }

    private static void assertOneSalesJob(List<ExperienceEntry> jobs) {
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Sales Representative");
            assertThat(job.company()).isEqualTo("Moxie Pest Control");
        });
    }

    /** The header lines given, then dates and a line of prose. */
    private static List<ExperienceEntry> experience(TextLine... header) {
        List<TextLine> lines = new java.util.ArrayList<>(List.of(line("Seven Brooksby", 300, 30),
                line("seven@example.com", 150, 9), line("EXPERIENCE", 104, 9)));
        lines.addAll(List.of(header));
        lines.add(line("January 2023 - August 2023", 152, 8));
        lines.add(line("I recruited and trained a summer sales team and went door to door with them", 366, 9));
        return new ResumeTextParser().parse(new DocumentText(ResumeFormat.PDF, lines, 1, List.of())).experience();
    }

    private static TextLine line(String text, float right, float size) {
        return new TextLine(text, 50, 0, right, size, false, 1, TextLine.Region.BODY, false, false);
    }
}
