package dev.careeragent.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BlockDetectorTest {

    private final BlockDetector detector = BlockDetector.defaults();

    private static FetchedPage html(String requested, String finalUrl, int status, String body) {
        return new FetchedPage(URI.create(requested), URI.create(finalUrl), status,
                Map.of("Content-Type", "text/html; charset=utf-8"), body, null);
    }

    private Optional<BlockKind> kindOf(FetchedPage page) {
        return detector.detect(page).map(BlockSignal::kind);
    }

    @Test
    void realJobPagesOfTheCorpusAreNotMistakenForWalls() throws IOException {
        Path folder = Corpus.file("jobs/html/linkedin/talynt__linkedin_posting.html").getParent().getParent();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(folder)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : pages) {
            FetchedPage page = html("https://jobs.example.com/search?q=java", "https://jobs.example.com/search?q=java",
                    200, Files.readString(file));
            assertThat(detector.detect(page)).as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void linkedInAuthwallRedirectIsALoginWall() {
        FetchedPage page = html("https://www.linkedin.com/jobs/view/123", "https://www.linkedin.com/authwall?trk=gf",
                200, "<html><title>LinkedIn</title></html>");
        assertThat(kindOf(page)).contains(BlockKind.LOGIN_WALL);
    }

    @Test
    void redirectsToSignInOrSignUpAreWallsButAJobSlugIsNot() {
        assertThat(kindOf(html("https://x.com/jobs/1", "https://x.com/uas/login?session_redirect=1", 200, "<p>")))
                .contains(BlockKind.LOGIN_WALL);
        assertThat(kindOf(html("https://x.com/jobs/1", "https://x.com/signup/cold-join?x=1", 200, "<p>")))
                .contains(BlockKind.SIGN_UP_WALL);
        assertThat(kindOf(html("https://x.com/jobs/view/1", "https://x.com/jobs/view/register-nurse-login-team-1",
                200, "<p>jobs</p>"))).isEmpty();
        assertThat(kindOf(html("https://x.com/login", "https://x.com/login", 200, "<p>no redirect</p>"))).isEmpty();
    }

    @Test
    void checkpointRedirectIsACaptcha() {
        assertThat(kindOf(html("https://www.linkedin.com/jobs/view/1",
                "https://www.linkedin.com/checkpoint/challengesV2/abc", 200, "<p>"))).contains(BlockKind.CAPTCHA);
    }

    @Test
    void cloudflareChallengePagesAreCaptchas() {
        String page = "<html><head><title>Just a moment...</title></head><body><script>window._cf_chl_opt={}"
                + "</script></body></html>";
        assertThat(kindOf(html("https://www.indeed.com/jobs", "https://www.indeed.com/jobs", 403, page)))
                .contains(BlockKind.CAPTCHA);
        FetchedPage header = new FetchedPage(URI.create("https://a.com/x"), null, 403,
                Map.of("cf-mitigated", "challenge"), "", null);
        assertThat(kindOf(header)).contains(BlockKind.CAPTCHA);
        assertThat(kindOf(html("https://a.com/x", "https://a.com/x", 200,
                "<title>Jobs</title><p>Please verify you are a human to continue</p>"))).contains(BlockKind.CAPTCHA);
    }

    @Test
    void captchaIframesAndWidgetsAreCaptchas() {
        assertThat(kindOf(html("https://a.com/x", "https://a.com/x", 200,
                "<title>Jobs</title><iframe src=\"https://newassets.hcaptcha.com/captcha/v1/x\"></iframe>")))
                .contains(BlockKind.CAPTCHA);
        assertThat(kindOf(html("https://a.com/x", "https://a.com/x", 200,
                "<title>Jobs</title><iframe title=r src='https://www.google.com/recaptcha/api2/anchor?k=1'>")))
                .contains(BlockKind.CAPTCHA);
        assertThat(kindOf(html("https://a.com/x", "https://a.com/x", 200,
                "<title>Jobs</title><div class=\"g-recaptcha\" data-sitekey=\"k\"></div>")))
                .contains(BlockKind.CAPTCHA);
    }

    @Test
    void signInPageWithAPasswordFieldIsALoginWall() {
        String page = "<title>LinkedIn Login, Sign in | LinkedIn</title><form><input type=\"password\"></form>";
        assertThat(kindOf(html("https://www.linkedin.com/jobs/search", "https://www.linkedin.com/jobs/search", 200,
                page))).contains(BlockKind.LOGIN_WALL);
        String jobAboutLogins = "<title>Login Systems Engineer - Indeed.com</title><p>Build our login pages</p>";
        assertThat(kindOf(html("https://a.com/x", "https://a.com/x", 200, jobAboutLogins))).isEmpty();
    }

    @Test
    void linkedInStatus999IsABotBlock() {
        assertThat(kindOf(html("https://www.linkedin.com/jobs/view/1", "https://www.linkedin.com/jobs/view/1", 999,
                ""))).contains(BlockKind.BOT_BLOCK);
    }

    @Test
    void jsonAnswersAreNeverJudgedByTheirText() {
        FetchedPage json = new FetchedPage(URI.create("https://api.example.com/jobs"), null, 200,
                Map.of("Content-Type", "application/json"),
                "{\"description\":\"<div class='g-recaptcha'></div> verify you are a human, <title>Just a moment\"}",
                null);
        assertThat(detector.detect(json)).isEmpty();
    }

    @Test
    void signaturesAreDataSoANewWallNeedsNoCode() throws IOException {
        String data = "[{\"id\":\"new-wall\",\"kind\":\"SIGN_UP_WALL\",\"reason\":\"a new wall\","
                + "\"body\":\"(?i)create a free account to see more jobs\"}]";
        BlockDetector custom = BlockDetector.fromJson(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
        Optional<BlockSignal> signal = custom.detect(html("https://a.com/x", "https://a.com/x", 200,
                "<p>Create a free account to see more jobs</p>"));
        assertThat(signal).contains(new BlockSignal(BlockKind.SIGN_UP_WALL, "new-wall", "a new wall"));
    }
}
