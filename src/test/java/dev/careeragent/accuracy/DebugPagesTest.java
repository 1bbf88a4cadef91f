package dev.careeragent.accuracy;

import org.junit.jupiter.api.Test;

class DebugPagesTest {
    @Test
    void show() {
        System.setProperty("careeragent.evidence.debug", "true");
        for (String f : System.getProperty("pages", "").split(",")) {
            if (f.isBlank()) continue;
            System.out.println("==== " + f);
            try {
                var p = JobPageAccuracy.parser().parse(JobPageAccuracy.resource(JobPageAccuracy.DIR + f), null);
                System.out.println("RESULT " + p.title() + " | " + p.company() + " | " + p.location());
            } catch (RuntimeException e) {
                System.out.println("ERROR " + e);
            }
        }
    }
}
