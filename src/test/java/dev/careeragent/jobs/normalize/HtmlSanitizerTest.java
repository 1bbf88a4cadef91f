package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void removesActiveContentAndRemoteImages() {
        String dirty = "<h2>Role</h2><p onclick=\"steal()\">Hi <b>there</b></p><script>alert(1)</script>"
                + "<style>p{}</style><iframe src=\"https://x\"></iframe><form action=\"/x\"><input name=a></form>"
                + "<img src=\"https://tracker.example/pixel.gif\"><a href=\"javascript:alert(1)\">bad</a>";
        String clean = sanitizer.sanitize(dirty);
        assertThat(clean).contains("<h2>Role</h2>", "<b>there</b>", "Hi")
                .doesNotContain("onclick", "script", "alert", "style", "iframe", "form", "input", "img", "javascript");
    }

    @Test
    void linksGetNofollowNoopenerAndRelativeOnesResolve() {
        String clean = sanitizer.sanitize("<a href=\"/apply\" target=\"_blank\">Apply</a>", "https://jobs.example.com/x/1");
        assertThat(clean).isEqualTo("<a href=\"https://jobs.example.com/apply\" rel=\"nofollow noopener\">Apply</a>");
    }

    @Test
    void keepsListsAndHeadings() {
        String clean = sanitizer.sanitize("<h3>Needs</h3><ul><li>Java</li><li>SQL</li></ul><ol><li>x</li></ol>");
        assertThat(clean).contains("<h3>Needs</h3>", "<ul><li>Java</li><li>SQL</li></ul>", "<ol><li>x</li></ol>");
    }

    @Test
    void plainTextKeepsParagraphsAndBullets() {
        String text = sanitizer.toPlainText("<p>About   us</p><p>We build.<br>Fast.</p><ul><li><p>Java</p></li>"
                + "<li>SQL</li></ul><script>var x=1</script><div>End</div>");
        assertThat(text).isEqualTo("About us\n\nWe build.\nFast.\n\n• Java\n• SQL\n\nEnd");
    }

    @Test
    void blankInputGivesEmptyString() {
        assertThat(sanitizer.sanitize(null)).isEmpty();
        assertThat(sanitizer.toPlainText("  ")).isEmpty();
    }
}
