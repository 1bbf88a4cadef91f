package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void fingerprintChangesWithAnyEditAndWithTextMovedBetweenParts() {
        String text = "Senior Java developer. Five years of Spring Boot, SQL and AWS. Remote within the EU.";
        Set<Long> prints = new HashSet<>();
        prints.add(ContentHash.fingerprint("Java developer", text, null));
        prints.add(ContentHash.fingerprint("Java developer", text.replace("Five", "Four"), null));
        prints.add(ContentHash.fingerprint("Java developer", text + " ", null));
        prints.add(ContentHash.fingerprint("Java developer", text, "REMOTE"));
        prints.add(ContentHash.fingerprint("Java develope", "r" + text, null));
        prints.add(ContentHash.fingerprint("Java developer", text.substring(1), null));
        for (int i = 0; i < text.length(); i++) {
            prints.add(ContentHash.fingerprint("Java developer", text.substring(0, i) + "#" + text.substring(i + 1), null));
        }
        assertThat(prints).hasSize(6 + text.length());
        assertThat(ContentHash.fingerprint("Java developer", text, null)).isEqualTo(ContentHash.fingerprint("Java developer", text, null));
    }
}
