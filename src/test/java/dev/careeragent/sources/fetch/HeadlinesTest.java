package dev.careeragent.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void aNameThatCannotBeLookedUpMeansNoInternetAndARefusedConnectionNamesTheSite() {
        assertThat(Headlines.unreachable("Remote OK", new IOException("lookup failed", new UnknownHostException("remoteok.com"))))
                .isEqualTo("No internet connection");
        assertThat(Headlines.unreachable("LinkedIn", new IOException("net::ERR_INTERNET_DISCONNECTED at https://www.linkedin.com")))
                .isEqualTo("No internet connection");
        assertThat(Headlines.unreachable("Remote OK", new ConnectException("Connection refused")))
                .isEqualTo("Remote OK could not be reached");
    }

    @Test
    void aMessageWithoutAHeadlineIsCutAtItsFirstSentence() {
        assertThat(Headlines.firstSentence("Indeed answered HTTP 503 for /jobs. The site may be down; try again later."))
                .isEqualTo("Indeed answered HTTP 503 for /jobs");
        assertThat(Headlines.firstSentence("Cancelled")).isEqualTo("Cancelled");
        assertThat(Headlines.firstSentence(null)).isEqualTo("Failed");
    }
}
