package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.settings.SourceSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code search} and {@code job parse} in-process, against job APIs and pages on 127.0.0.1. */
class SearchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final LoopbackSite site = LoopbackSite.start();
    private Path data;

    @BeforeEach
    void pointSourcesAtTheLoopbackSite() {
        data = dir.resolve("data");
        SourceSettings.Builder sources = SourceSettings.defaults().toBuilder();
        for (String id : new String[] {"remoteok", "remotive"}) {
            sources.baseUrl(id, site.base().toString());
        }
        new SettingsStore(data.resolve("settings.json")).put(SourceSettings.KEY, sources.build());
        String remoteok = SourceTesting.corpus("jobs/json/api/remote-jobs-collector__remoteok.json");
        String remotive = SourceTesting.corpus("jobs/json/api/remote-jobs-collector__remotive.json");
        String linkedIn = SourceTesting.corpus("jobs/html/linkedin/talynt__linkedin_posting.html");
        site.serve("/api", hit -> Reply.json(remoteok));
        site.serve("/api/remote-jobs", hit -> Reply.json(remotive));
        site.serve("/jobs/view/", hit -> Reply.html(linkedIn));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private int run(String... args) {
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void searchStoresAndPrintsPostingsAsJson() throws Exception {
        assertThat(run("search", "--source", "remoteok,remotive", "--limit", "50", "--json")).isZero();

        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("found").asInt()).isEqualTo(8);
        assertThat(result.get("new").asInt()).isEqualTo(8);
        assertThat(result.get("sources")).extracting(s -> s.get("status").asText()).containsOnly("SUCCEEDED");
        assertThat(result.get("postings")).hasSize(8);
        JsonNode first = result.get("postings").get(0);
        assertThat(first.get("source").asText()).isEqualTo("remoteok");
        assertThat(first.get("title").asText()).isNotBlank();
        assertThat(first.get("links").get(0).get("attribution").asText()).contains("Remote OK");

        out.getBuffer().setLength(0);
        assertThat(run("search", "--source", "remoteok", "--json")).isZero();
        JsonNode again = new ObjectMapper().readTree(out.toString());
        assertThat(again.get("new").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(4);
    }

    @Test
    void badOptionsAndFailingSourcesAreExplained() {
        assertThat(run("search", "--source", "remoteok", "--remote", "sometimes")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown --remote value \"sometimes\"", "on-site, hybrid, remote");
        assertThat(run("search", "--source", "linkedin", "--keywords", "java")).isEqualTo(1);
        assertThat(out.toString()).contains("linkedin", "SKIPPED", "Settings");
    }

    @Test
    void jobParseReadsASavedFileAndAnAddress() throws Exception {
        Path file = dev.careeragent.testing.Corpus.file("jobs/html/linkedin/talynt__linkedin_posting.html");
        assertThat(run("job", "parse", file.toString(), "--json")).isZero();
        JsonNode page = new ObjectMapper().readTree(out.toString());
        assertThat(page.get("listing").asBoolean()).isFalse();
        JsonNode posting = page.get("postings").get(0);
        assertThat(posting.get("closed").asBoolean()).as("its JSON-LD validThrough is 2023-05-11").isTrue();
        assertThat(posting.get("skills").get("required")).isNotNull();
        assertThat(posting.get("title").asText()).isEqualTo("Power Monitoring Execution Engineer, Google Data Center");
        assertThat(posting.get("company").asText()).isEqualTo("Google");
        assertThat(posting.get("source").asText()).isEqualTo("linkedin");

        out.getBuffer().setLength(0);
        assertThat(run("job", "parse", site.url("/jobs/view/4012345678").toString())).isZero();
        assertThat(out.toString()).contains("Power Monitoring Execution Engineer")
                .as("a value the page does not give reads as a dash, never as null or UNKNOWN")
                .doesNotContain("null", "UNKNOWN");
        assertThat(site.hits("/robots.txt")).as("fetched politely").hasSize(1);

        assertThat(run("job", "parse", dir.resolve("missing.html").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist", "Save the job page");
        assertThat(Files.exists(dir.resolve("missing.html"))).isFalse();
    }

    @Test
    void aSavedPageWithoutAnAddressPrintsNoNull() throws Exception {
        Path file = dir.resolve("saved.html");
        Files.writeString(file, "<html><head><title>Store Clerk - Harbor Foods</title></head><body><h1>Store Clerk</h1>"
                + "<p>Location: Portland, OR</p><p>Stock shelves and serve customers at the till.</p></body></html>");

        assertThat(run("job", "parse", file.toString())).isZero();

        assertThat(out.toString()).contains("Store Clerk", "Source:").doesNotContain("null");
    }
}
