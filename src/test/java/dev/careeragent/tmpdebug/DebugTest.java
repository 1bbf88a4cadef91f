package dev.careeragent.tmpdebug;
import dev.careeragent.sources.web.PageEvidence;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
class DebugTest {
    @Test
    void show() throws Exception {
        for (String f : System.getProperty("files").split(",")) {
            String html = new String(getClass().getResourceAsStream("/realdata/jobs/" + f).readAllBytes());
            var doc = Jsoup.parse(html, "");
            System.out.println("DBG " + f + " -> " + new PageEvidence().read(doc, null) + " | doctitle=" + doc.title());
        }
    }
}
