package dev.careeragent.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.notify.model.RenderedEmail;
import dev.careeragent.notify.model.ScoredPosting;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Emails put only http and https links into href: a hostile posting URL never becomes a clickable script. */
class EmailLinkSchemeTest {

    private final EmailMessages messages = new EmailMessages(new EmailTemplates(), Clock.systemUTC());

    @Test
    void onlyWebLinksReachHref() {
        RenderedEmail email = messages.highMatch("Berlin", List.of(
                new ScoredPosting(1, 95, "Engineer", "Acme", "Berlin", "https://jobs.example.com/1"),
                new ScoredPosting(2, 91, "Analyst", "Evil", "Berlin", " JavaScript:alert(document.cookie)"),
                new ScoredPosting(3, 90, "Designer", "Data", "Berlin", "data:text/html,<script>alert(1)</script>")));

        assertThat(email.html()).contains("href=\"https://jobs.example.com/1\"")
                .doesNotContainIgnoringCase("javascript:").doesNotContain("data:text/html");
        assertThat(email.html()).contains("Analyst", "Designer");
    }
}
