package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.normalize.DescriptionLayout.Paragraph;
import dev.careeragent.jobs.normalize.DescriptionLayout.Run;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DescriptionLayoutTest {

    @Test
    void headingsListsAndParagraphsBecomeStyledParagraphs() {
        List<Paragraph> layout = DescriptionLayout.ofHtml("<h2>About the role</h2><p>You will <b>build</b> things.</p>"
                + "<ul><li>Java</li><li>SQL</li></ul><ol><li>Apply</li><li>Talk</li></ol>");

        assertThat(layout).extracting(Paragraph::style).containsExactly(DescriptionLayout.HEADING_LINE, "",
                DescriptionLayout.LIST_ITEM, DescriptionLayout.LIST_ITEM, DescriptionLayout.LIST_ITEM, DescriptionLayout.LIST_ITEM);
        assertThat(text(layout.get(0))).isEqualTo("About the role");
        assertThat(layout.get(1).runs()).extracting(Run::style).containsExactly("", DescriptionLayout.STRONG, "");
        assertThat(text(layout.get(2))).isEqualTo("\u2022 Java");
        assertThat(layout.get(2).runs().get(0).style()).isEqualTo(DescriptionLayout.BULLET);
        assertThat(text(layout.get(5))).isEqualTo("2. Talk");
    }

    @Test
    void linksKeepTheirAddressAndScriptsGiveNothing() {
        List<Paragraph> layout = DescriptionLayout.ofHtml("<p>Apply <a href=\"https://jobs.example/apply\">here</a>"
                + "<script>alert(1)</script></p><p><a href=\"\">no address</a></p>");

        Run link = layout.get(0).runs().stream().filter(Run::isLink).findFirst().orElseThrow();
        assertThat(link.text()).isEqualTo("here");
        assertThat(link.href()).isEqualTo("https://jobs.example/apply");
        assertThat(layout.stream().map(DescriptionLayoutTest::text).collect(Collectors.joining("|")))
                .doesNotContain("alert").contains("no address");
    }

    @Test
    void repeatedLineBreaksCountOnceAndEmptyBlocksAndLoneBulletsVanish() {
        List<Paragraph> layout = DescriptionLayout.ofHtml("<p>one<br><br><br>two</p><div>  </div><ul><li> </li></ul>");

        assertThat(layout).hasSize(1);
        assertThat(text(layout.get(0))).isEqualTo("one\ntwo");
    }

    @Test
    void plainTextSplitsParagraphsAtBlankLinesAndKeepsSingleLineBreaks() {
        List<Paragraph> layout = DescriptionLayout.ofText("First line\nsecond line\n\n\nNext paragraph");

        assertThat(layout).extracting(DescriptionLayoutTest::text).containsExactly("First line\nsecond line", "Next paragraph");
        assertThat(DescriptionLayout.ofText("  ")).isEmpty();
        assertThat(DescriptionLayout.ofHtml(null)).isEmpty();
    }

    private static String text(Paragraph paragraph) {
        return paragraph.runs().stream().map(Run::text).collect(Collectors.joining());
    }
}
